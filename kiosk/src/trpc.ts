import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { KioskRouter } from '../../main/core/kiosk/kiosk-router';

/**
 * The kiosk screen talks only to its own desktop core's local router at /trpc on its own origin
 * (the custom protocol in Electron, loopback in the browser preview). It never reaches the hub:
 * everything it shows comes from the local store, so it keeps working when the hub is away.
 */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<KioskRouter>();

export function createLocalClient() {
  return createTRPCClient<KioskRouter>({ links: [httpBatchLink({ url: '/trpc' })] });
}
