import type { PullPage } from '../../shared/sync';

export interface PullProgress {
  pages: number;
  items: number;
  tombstones: number;
  cursor: number;
}

export type FetchPage<T> = (since: number, until?: number) => Promise<PullPage<T>>;

/**
 * Pulls until the hub has nothing newer. After the first page, the rest of the change log (up to
 * the hub's sequence at that moment) is cut into ranges of about a page each, and `parallel`
 * ranges are fetched at once while earlier ones are stored, so the hub prepares the next page
 * while this side receives and writes the last one. Pages are stored strictly in order, so a
 * newer version of an item is never overwritten by an older one.
 */
export async function pullPages<T>(
  since: number,
  fetchPage: FetchPage<T>,
  apply: (page: PullPage<T>) => void,
  onProgress?: (p: PullProgress) => void,
  parallel = 2,
): Promise<PullProgress> {
  const progress: PullProgress = { pages: 0, items: 0, tombstones: 0, cursor: since };
  const store = (page: PullPage<T>) => {
    apply(page);
    progress.pages++;
    progress.items += page.items.length;
    progress.tombstones += page.tombstones.length;
    progress.cursor = page.cursor;
    onProgress?.({ ...progress });
  };

  const first = await fetchPage(since);
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
      pages.forEach(store);
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

/** (from, to] cut into consecutive ranges of `size` sequence numbers. */
export function splitRanges(from: number, to: number, size: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = from; start < to; start += size) ranges.push([start, Math.min(start + size, to)]);
  return ranges;
}
