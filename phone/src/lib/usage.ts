import { useEffect, useMemo } from 'react';
import { sendUsage, toUsageRow, usageDay, usageKey, USAGE_LIMITS, usageRowSchema, type UsageBatch, type UsageOutbox, type UsageRecorder } from '../../../shared/usage';
import { FROM_KIOSK } from '../../../shared/phone-bundle';
import { z } from 'zod';


const storedSchema = z.object({
  counts: z.array(usageRowSchema),
  batches: z.array(z.object({ batchId: z.string(), rows: z.array(usageRowSchema) })),
});
type Stored = z.infer<typeof storedSchema>;

/**
 * The phone's usage counts, in localStorage (no cookie, no id of the phone): each event adds one
 * to its day's count; sealing turns the counts into a batch with a random id, which stays until
 * the hub confirmed it.
 */
export class PhoneUsage implements UsageRecorder, UsageOutbox {
  private readonly key: string;
  /** Counts are kept per location: each is sent to its own location's figures. */
  constructor(
    locationId: string,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'>,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.key = `wegwijs.usage.${locationId}`;
  }

  private load(): Stored {
    try {
      const parsed = storedSchema.safeParse(JSON.parse(this.storage.getItem(this.key) ?? 'null'));
      if (parsed.success) return parsed.data;
    } catch {
      // Unreadable counts are started afresh: they are only statistics.
    }
    return { counts: [], batches: [] };
  }

  private save(stored: Stored): void {
    try {
      this.storage.setItem(this.key, JSON.stringify(stored));
    } catch {
      // A full store loses a count, never the worker's screen.
    }
  }

  record(event: Parameters<UsageRecorder['record']>[0]): void {
    const row = toUsageRow(event, usageDay(this.now()));
    if (!row) return;
    const stored = this.load();
    const key = usageKey(row);
    const known = stored.counts.find((c) => usageKey(c) === key);
    if (known) known.count = Math.min(known.count + 1, USAGE_LIMITS.rowCount);
    else if (row.words === null || stored.counts.filter((c) => c.day === row.day && c.words !== null).length < USAGE_LIMITS.wordsPerDay) stored.counts.push(row);
    this.save(stored);
  }

  seal(): void {
    const stored = this.load();
    for (let i = 0; i < stored.counts.length; i += USAGE_LIMITS.batchRows) {
      stored.batches.push({ batchId: crypto.randomUUID(), rows: stored.counts.slice(i, i + USAGE_LIMITS.batchRows) });
    }
    stored.counts = [];
    this.save(stored);
  }

  pending(): UsageBatch[] {
    return this.load().batches;
  }

  confirm(batchId: string): void {
    const stored = this.load();
    stored.batches = stored.batches.filter((b) => b.batchId !== batchId);
    this.save(stored);
  }
}

/** Sends a batch to the hub's public endpoint for this location; throws unless the hub confirmed it. */
export function phoneUsageSender(hubOrigin: string, locationId: string) {
  return async (batch: UsageBatch): Promise<void> => {
    const res = await fetch(`${hubOrigin}/trpc/usage.phoneBatch`, {
      method: 'POST',
      // Sent as the app goes to the background too: the request outlives the page.
      keepalive: true,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locationId, batchId: batch.batchId, rows: batch.rows }),
    });
    if (!res.ok) throw new Error(`The hub answered ${res.status}`);
  };
}

/** Whether the app was opened from a kiosk's QR code; the marker is then taken out of the address. */
export function openedFromKiosk(loc: Location, history: History): boolean {
  const params = new URLSearchParams(loc.search);
  if (params.get('from') !== FROM_KIOSK.split('=')[1]) return false;
  params.delete('from');
  const query = params.toString();
  history.replaceState(history.state, '', `${loc.pathname}${query ? `?${query}` : ''}${loc.hash}`);
  return true;
}

/** How often an open app sends its counts; it also sends when it is put away. */
const SEND_EVERY_MS = 5 * 60_000;

/**
 * The location's recorder for the screens: counts the language of this visit and an opening from a
 * kiosk's QR code, and sends the counts now, every few minutes and when the app goes to the background.
 */
export function usePhoneUsage(locationId: string, language: string): PhoneUsage {
  const usage = useMemo(() => new PhoneUsage(locationId, localStorage), [locationId]);
  useEffect(() => {
    usage.record({ kind: 'language', language });
    // The marker leaves the address at once, so this counts only the opening.
    if (openedFromKiosk(window.location, window.history)) usage.record({ kind: 'app_from_kiosk', language });
  }, [usage, language]);
  useEffect(() => {
    const send = () => void sendUsage(usage, phoneUsageSender(window.location.origin, locationId)).catch(() => {});
    const whenHidden = () => document.visibilityState === 'hidden' && send();
    send();
    const timer = setInterval(send, SEND_EVERY_MS);
    document.addEventListener('visibilitychange', whenHidden);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', whenHidden);
    };
  }, [usage, locationId]);
  return usage;
}
