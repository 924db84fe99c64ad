import type { PullPage } from '../../shared/sync';

export interface PullProgress {
  pages: number;
  items: number;
  tombstones: number;
  cursor: number;
}

/**
 * Pulls page after page until the hub has nothing newer. The next page is requested before
 * the current one is stored (its cursor is already known), so the hub serialises page n+1
 * while this side writes page n.
 */
export async function pullPages<T>(
  since: number,
  fetchPage: (since: number) => Promise<PullPage<T>>,
  apply: (page: PullPage<T>) => void,
  onProgress?: (p: PullProgress) => void,
): Promise<PullProgress> {
  const progress: PullProgress = { pages: 0, items: 0, tombstones: 0, cursor: since };
  let next = fetchPage(since);
  for (;;) {
    const page = await next;
    if (page.hasMore) {
      next = fetchPage(page.cursor);
      // Keep an error of the prefetch from surfacing as unhandled while this page is stored.
      next.catch(() => {});
    }
    apply(page);
    progress.pages++;
    progress.items += page.items.length;
    progress.tombstones += page.tombstones.length;
    progress.cursor = page.cursor;
    onProgress?.({ ...progress });
    if (!page.hasMore) return progress;
  }
}
