import type { UsageRecorder } from '../../../shared/usage';
import type { createLocalClient } from '../trpc';

/** The kiosk counts in its core's store (which sends to the hub); a lost count never stops the screen. */
export function kioskUsage(client: ReturnType<typeof createLocalClient>): UsageRecorder {
  return {
    record(event) {
      client.count.mutate(event).catch(() => {});
    },
  };
}
