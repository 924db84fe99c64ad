import { createTRPCClient, httpLink } from '@trpc/client';
import type { HubRouter } from '../main/hub/router';

export interface Traffic {
  requests: number;
  responseBytes: number;
}

/**
 * A hub client like core/hub-client.ts (tRPC over HTTP, token in a header) whose fetch counts
 * the response bytes it receives: hubClient takes no custom fetch.
 */
export function countingClient(url: string, token: string | null = null) {
  const traffic: Traffic = { requests: 0, responseBytes: 0 };
  const countingFetch = async (input: string | URL | Request, init?: RequestInit) => {
    const res = await fetch(input, init);
    const body = await res.arrayBuffer();
    traffic.requests++;
    traffic.responseBytes += body.byteLength;
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
  const client = createTRPCClient<HubRouter>({
    links: [httpLink({ url: `${url}/trpc`, fetch: countingFetch, headers: token ? { authorization: `Bearer ${token}` } : {} })],
  });
  return { client, traffic };
}
