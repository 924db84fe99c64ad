import { sql } from 'kysely';
import type { Db } from './db/open';
import { KIOSK_ONLINE_WINDOW_MS } from '../../shared/admin';

/** Request counts and latency per route, for /metrics in Prometheus text format. */
export class HubMetrics {
  private readonly requests = new Map<string, number>();
  private readonly latency = new Map<string, { sum: number; count: number; buckets: number[] }>();
  static readonly BUCKETS_MS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500];

  record(route: string, status: number, ms: number): void {
    const key = `${route}\u0000${status}`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const l = this.latency.get(route) ?? { sum: 0, count: 0, buckets: HubMetrics.BUCKETS_MS.map(() => 0) };
    l.sum += ms;
    l.count++;
    HubMetrics.BUCKETS_MS.forEach((b, i) => {
      if (ms <= b) l.buckets[i]!++;
    });
    this.latency.set(route, l);
  }

  async render(db: Db, now: Date, latestSeq: number): Promise<string> {
    const lines: string[] = [];
    const label = (s: string) => s.replace(/["\\\n]/g, '_');
    lines.push('# HELP wegwijs_http_requests_total HTTP requests by route and status.', '# TYPE wegwijs_http_requests_total counter');
    for (const [key, n] of this.requests) {
      const [route, status] = key.split('\u0000');
      lines.push(`wegwijs_http_requests_total{route="${label(route!)}",status="${status}"} ${n}`);
    }
    lines.push('# HELP wegwijs_http_request_duration_ms Request latency in milliseconds.', '# TYPE wegwijs_http_request_duration_ms histogram');
    for (const [route, l] of this.latency) {
      HubMetrics.BUCKETS_MS.forEach((b, i) => lines.push(`wegwijs_http_request_duration_ms_bucket{route="${label(route)}",le="${b}"} ${l.buckets[i]}`));
      lines.push(`wegwijs_http_request_duration_ms_bucket{route="${label(route)}",le="+Inf"} ${l.count}`);
      lines.push(`wegwijs_http_request_duration_ms_sum{route="${label(route)}"} ${l.sum.toFixed(3)}`);
      lines.push(`wegwijs_http_request_duration_ms_count{route="${label(route)}"} ${l.count}`);
    }
    const since = new Date(now.getTime() - KIOSK_ONLINE_WINDOW_MS).toISOString();
    const { rows } = await sql<{ paired: number; online: number | null; oldest: number | null }>`SELECT COUNT(*) AS paired,
        SUM(CASE WHEN last_heartbeat_at > ${since} THEN 1 ELSE 0 END) AS online,
        MIN(CASE WHEN last_heartbeat_at > ${since} THEN content_seq END) AS oldest
      FROM kiosks WHERE token_hash IS NOT NULL AND revoked_at IS NULL`.execute(db);
    const kiosks = rows[0]!;
    lines.push('# HELP wegwijs_kiosks_paired Kiosks with a valid device token.', '# TYPE wegwijs_kiosks_paired gauge', `wegwijs_kiosks_paired ${kiosks.paired}`);
    lines.push('# HELP wegwijs_kiosks_online Kiosks with a heartbeat in the last 3 minutes.', '# TYPE wegwijs_kiosks_online gauge', `wegwijs_kiosks_online ${kiosks.online ?? 0}`);
    lines.push(
      '# HELP wegwijs_kiosk_oldest_content_seq Lowest content sequence among online kiosks (compare with wegwijs_change_seq).',
      '# TYPE wegwijs_kiosk_oldest_content_seq gauge',
      `wegwijs_kiosk_oldest_content_seq ${kiosks.oldest ?? latestSeq}`,
    );
    lines.push('# HELP wegwijs_change_seq Latest change-log sequence.', '# TYPE wegwijs_change_seq gauge', `wegwijs_change_seq ${latestSeq}`);
    return lines.join('\n') + '\n';
  }
}

/** Route label without ids, so the metric has a bounded number of series. */
export function routeLabel(pathname: string): string {
  if (pathname.startsWith('/trpc/')) return pathname.slice('/trpc/'.length).split(',').sort().join(',').slice(0, 120);
  if (pathname.startsWith('/media/')) return 'media';
  if (pathname.startsWith('/p/')) return 'phone-page';
  if (pathname.startsWith('/app/')) return /\/bundle\/[a-z]{2}\.json$/.test(pathname) ? 'phone-bundle' : 'phone-app';
  if (pathname.startsWith('/updates/')) return 'updates';
  if (pathname === '/sync/published') return 'sync.published';
  if (pathname === '/healthz' || pathname === '/metrics') return pathname.slice(1);
  return 'other';
}
