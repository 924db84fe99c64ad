import type { PublishedItem, PullPage } from '../../../shared/sync';

export class HubHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** One page of the kiosk's bulk pull (`GET /sync/published`), as the hub stored it. */
export async function fetchPublishedPage(
  hubUrl: string,
  token: string,
  input: { since: number; until?: number; limit: number },
  fetchImpl: typeof fetch = fetch,
): Promise<PullPage<PublishedItem>> {
  const query = new URLSearchParams({ since: String(input.since), limit: String(input.limit) });
  if (input.until !== undefined) query.set('until', String(input.until));
  const res = await fetchImpl(`${hubUrl}/sync/published?${query}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    throw new HubHttpError(res.status, body.error ?? `The hub answered ${res.status}`);
  }
  const page = (await res.json()) as PullPage<PublishedItem>;
  // A prepared page keeps the time it was made; the header says the hub's time now.
  return { ...page, hubTime: res.headers.get('x-hub-time') ?? page.hubTime };
}
