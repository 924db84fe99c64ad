import { createTRPCClient, httpLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { EventSource } from 'eventsource';
import type { HubRouter } from '../hub/router';

/**
 * The desktop core's link to the hub: tRPC over HTTP with the token in a header, and live
 * notices over SSE. Node 20 has no EventSource, hence the `eventsource` package, whose fetch
 * hook carries the same header (the token never goes into a URL).
 */
export function hubClient(url: string, token?: string | null | (() => string | null)) {
  const currentToken = () => (typeof token === 'function' ? token() : token);
  const headers = (): Record<string, string> => {
    const t = currentToken();
    return t ? { authorization: `Bearer ${t}` } : {};
  };
  return createTRPCClient<HubRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({
          url: `${url}/trpc`,
          EventSource,
          eventSourceOptions: () => ({
            fetch: (input: string | URL | Request, init?: RequestInit) =>
              fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), ...headers() } }),
          }),
        }),
        false: httpLink({ url: `${url}/trpc`, headers }),
      }),
    ],
  });
}

export type HubClient = ReturnType<typeof hubClient>;
