import { isIP } from 'node:net';

/** "::ffff:10.0.0.5" is IPv4 10.0.0.5 as a dual-stack socket reports it. */
function plain(address: string): string {
  const a = address.trim();
  return a.startsWith('::ffff:') && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

/**
 * The address a request comes from, for rate limits and the audit trail. X-Forwarded-For is
 * believed only as far as it was written by trusted proxies: read from the right, each hop a
 * trusted proxy added names the one before it, and the first address that is not a trusted proxy
 * is the client. Anyone else's X-Forwarded-For is ignored, so it cannot dodge a limit.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: readonly string[]): string {
  const socket = plain(socketAddress ?? 'unknown');
  const trusted = new Set(trustedProxies.map(plain));
  if (!trusted.has(socket)) return socket;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map(plain)
    .filter((a) => isIP(a) !== 0);
  let client = socket;
  for (let i = hops.length - 1; i >= 0; i--) {
    client = hops[i]!;
    if (!trusted.has(client)) break;
  }
  return client;
}
