import type { BenchHub } from './bench-hub';
import { rawGet, runWrk, startNginx, staticTools, type Target, type WrkResult } from './static-side-by-side';

export const WRK_SECONDS = 4;

export interface SideBySideRow {
  what: string;
  connections: number;
  bytes: number;
  hub: WrkResult;
  nginx: WrkResult;
}

export type SideBySide = { rows: SideBySideRow[] } | { skipped: string };

interface Resource {
  name: string;
  url: string;
}

/**
 * wrk against the hub and against nginx serving the bytes the hub sent (identity and gzip), for
 * a feed page's 304 and 200, the whole feed and a bulk pull page. Skipped, with the reason, when
 * nginx or wrk is missing.
 */
export async function benchSideBySide(hub: BenchHub, kiosk: Record<string, string>, feedItems: number): Promise<SideBySide> {
  const tools = staticTools();
  if ('missing' in tools) return { skipped: `not measured: ${tools.missing.join(' and ')} not found (npm run system-parts installs them as root)` };

  const feed = (limit?: number) =>
    `${hub.url}/trpc/feed.merged?input=${encodeURIComponent(JSON.stringify({ locationId: hub.locationId, language: 'pl', ...(limit ? { limit } : {}) }))}`;
  const resources: Resource[] = [
    { name: 'page.json', url: feed() },
    { name: 'whole.json', url: feed(feedItems) },
    { name: 'pull.json', url: `${hub.url}/sync/published?since=0&limit=1000` },
  ];
  const files: Record<string, Buffer> = {};
  const hubEtags: Record<string, string> = {};
  for (const r of resources) {
    files[r.name] = (await rawGet(r.url, kiosk)).body;
    const gz = await rawGet(r.url, { ...kiosk, 'accept-encoding': 'gzip' });
    files[`${r.name}.gz`] = gz.body;
    hubEtags[r.name] = gz.etag;
  }

  const nginx = await startNginx(tools.nginx, files);
  try {
    const nginxEtag = (await rawGet(`${nginx.url}/page.json`, { 'accept-encoding': 'gzip' })).etag;
    const gzip = { 'accept-encoding': 'gzip' };
    const cases: { what: string; name: string; connections: number; hub: Target; nginx: Target }[] = [];
    const resource = (name: string) => resources.find((r) => r.name === name)!;
    for (const connections of [1, 32]) {
      cases.push({
        what: 'feed page: 304 (If-None-Match)',
        name: 'page.json',
        connections,
        hub: { url: resource('page.json').url, headers: { ...kiosk, ...gzip, 'if-none-match': hubEtags['page.json']! } },
        nginx: { url: `${nginx.url}/page.json`, headers: { ...gzip, 'if-none-match': nginxEtag } },
      });
    }
    for (const connections of [1, 32]) {
      cases.push({
        what: 'feed page: 200, gzip',
        name: 'page.json',
        connections,
        hub: { url: resource('page.json').url, headers: { ...kiosk, ...gzip } },
        nginx: { url: `${nginx.url}/page.json`, headers: gzip },
      });
    }
    cases.push({
      what: `whole feed (${feedItems} entries): 200, gzip`,
      name: 'whole.json',
      connections: 32,
      hub: { url: resource('whole.json').url, headers: { ...kiosk, ...gzip } },
      nginx: { url: `${nginx.url}/whole.json`, headers: gzip },
    });
    cases.push({
      what: 'bulk pull page (1,000 items): 200, gzip',
      name: 'pull.json',
      connections: 4,
      hub: { url: resource('pull.json').url, headers: { ...kiosk, ...gzip } },
      nginx: { url: `${nginx.url}/pull.json`, headers: gzip },
    });

    const rows: SideBySideRow[] = [];
    for (const c of cases) {
      rows.push({
        what: c.what,
        connections: c.connections,
        bytes: files[`${c.name}.gz`]!.length,
        hub: runWrk(tools.wrk, c.hub, c.connections, WRK_SECONDS),
        nginx: runWrk(tools.wrk, c.nginx, c.connections, WRK_SECONDS),
      });
    }
    return { rows };
  } finally {
    await nginx.stop();
  }
}
