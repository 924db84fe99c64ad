import type { PullPage } from '../../shared/sync';

export interface PullProgress {
  pages: number;
  items: number;
  tombstones: number;
  cursor: number;
}

export type FetchPage<T> = (since: number, until?: number) => Promise<PullPage<T>>;

/** The hub answered from another database (a restore, a move) or from behind the cursor: the cursor means nothing there. */
export class DatabaseReplaced extends Error {
  constructor() {
    super("The hub's database was replaced (e.g. restored from a backup): everything is pulled again");
  }
}

export interface PullOptions<T> {
  since: number;
  /** The hub database `since` belongs to; null when this side has none yet. */
  databaseId: string | null;
  fetchPage: FetchPage<T>;
  apply: (page: PullPage<T>) => void;
  onProgress?: (p: PullProgress) => void;
  parallel?: number;
}

/**
 * Pulls until the hub has nothing newer. After the first page, the rest of the change log (up to
 * the hub's sequence at that moment) is cut into ranges of about a page each, and `parallel`
 * ranges are fetched at once while earlier ones are stored, so the hub prepares the next page
 * while this side receives and writes the last one. Pages are stored strictly in order, so a
 * newer version of an item is never overwritten by an older one. Throws `DatabaseReplaced`
 * before storing anything from a database other than the cursor's, or when the cursor is
 * ahead of the hub.
 */
export async function pullPages<T>({ since, databaseId, fetchPage: fetchOnce, apply, onProgress, parallel = 2 }: PullOptions<T>): Promise<PullProgress> {
  const progress: PullProgress = { pages: 0, items: 0, tombstones: 0, cursor: since };
  // A page is read-only, so one failure is tried again: while a big page is being stored the hub
  // may close an idle keep-alive connection, and the next request on it fails without reaching it.
  const fetchPage: FetchPage<T> = (from, until) => fetchOnce(from, until).catch(() => fetchOnce(from, until));
  const first = await fetchPage(since);
  if ((databaseId !== null && first.databaseId !== databaseId) || since > first.latestSeq) throw new DatabaseReplaced();
  const store = (page: PullPage<T>) => {
    if (page.databaseId !== first.databaseId) throw new DatabaseReplaced();
    apply(page);
    progress.pages++;
    progress.items += page.items.length;
    progress.tombstones += page.tombstones.length;
    progress.cursor = page.cursor;
    onProgress?.({ ...progress });
  };

  if (first.hasMore) {
    const ranges = splitRanges(first.cursor, first.latestSeq, Math.max(1, first.cursor - since));
    const fetchRange = async ([from, to]: [number, number]) => {
      const pages: PullPage<T>[] = [];
      for (let cursor = from; ; ) {
        const page = await fetchPage(cursor, to);
        pages.push(page);
        if (!page.hasMore) return pages;
        cursor = page.cursor;
      }
    };
    const inFlight: Promise<PullPage<T>[]>[] = [];
    let next = 0;
    const fill = () => {
      while (inFlight.length < parallel && next < ranges.length) {
        const pending = fetchRange(ranges[next++]!);
        pending.catch(() => {}); // awaited in order below; keep an early failure from going unhandled
        inFlight.push(pending);
      }
    };
    fill();
    store(first);
    while (inFlight.length) {
      const pages = await inFlight.shift()!;
      fill();
      for (const page of pages) {
        store(page);
        // Storing blocks; let the connections catch up (e.g. notice one the hub closed) before the next fetch.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    // Whatever was written after the first page was read.
    for (;;) {
      const page = await fetchPage(progress.cursor);
      store(page);
      if (!page.hasMore) break;
    }
  } else {
    store(first);
  }
  return progress;
}

/** A local store that pulls: its cursor and database identity, and a staging area for a full resync. */
export interface PullTarget<T> {
  cursor(): number;
  databaseId(): string | null;
  /** Stores a page and its cursor and database identity in one transaction. */
  applyPull(page: PullPage<T>): void;
  /** Empties the staging area. */
  beginResync(): void;
  stagePull(page: PullPage<T>): void;
  /** Replaces what is stored with the staging area in one transaction; until then the old content stays. */
  finishResync(page: PullPage<T>): void;
}

/**
 * Pulls a local store current from its cursor. When the hub's database is another one than the
 * cursor's, everything is pulled again into the staging area, which replaces the store only once
 * complete: a screen keeps showing the old content meanwhile.
 */
export async function pullCurrent<T>(
  target: PullTarget<T>,
  fetchPage: FetchPage<T>,
  onProgress?: (p: PullProgress) => void,
): Promise<PullProgress & { resynced: boolean }> {
  try {
    const progress = await pullPages({ since: target.cursor(), databaseId: target.databaseId(), fetchPage, apply: (page) => target.applyPull(page), onProgress });
    return { ...progress, resynced: false };
  } catch (err) {
    if (!(err instanceof DatabaseReplaced)) throw err;
  }
  target.beginResync();
  let last: PullPage<T> | null = null;
  const progress = await pullPages({
    since: 0,
    databaseId: null,
    fetchPage,
    apply: (page) => {
      target.stagePull(page);
      last = page;
    },
    onProgress,
  });
  target.finishResync(last!);
  return { ...progress, resynced: true };
}

/** (from, to] cut into consecutive ranges of `size` sequence numbers. */
export function splitRanges(from: number, to: number, size: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = from; start < to; start += size) ranges.push([start, Math.min(start + size, to)]);
  return ranges;
}
