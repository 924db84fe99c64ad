import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AdminRouter } from '../../main/core/admin/admin-router';

/**
 * The console talks only to its desktop core's local router, at /trpc on its own origin
 * (the custom protocol in Electron, loopback in the browser preview). The hub is never reached from here.
 */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AdminRouter>();

export function createLocalClient() {
  return createTRPCClient<AdminRouter>({ links: [httpBatchLink({ url: '/trpc' })] });
}
