import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Match = (req: IncomingMessage) => boolean;

export interface FaultProxy {
  url: string;
  /** Holds matching requests this long before passing them on to the hub. */
  delay(match: Match, ms: number): void;
  /** The next matching request reaches the hub and is answered there, but the answer never comes back: the connection is cut. */
  dropNextAnswer(match: Match): void;
  /** Requests that arrived here, and those passed on to the hub, by path. */
  arrived: string[];
  forwarded: string[];
  /** Path and query of every request that arrived, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** A real HTTP proxy in front of a hub, for faults between a client and the hub. */
export async function startFaultProxy(target: () => string): Promise<FaultProxy> {
  const delays: { match: Match; ms: number }[] = [];
  const drops: Match[] = [];
  const arrived: string[] = [];
  const forwarded: string[] = [];
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    arrived.push(new URL(req.url ?? '/', 'http://proxy').pathname);
    requests.push(req.url ?? '/');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const wait = delays.find((d) => d.match(req))?.ms ?? 0;
      const dropAt = drops.findIndex((m) => m(req));
      const drop = dropAt >= 0 && drops.splice(dropAt, 1).length > 0;
      setTimeout(() => {
        const url = new URL(req.url ?? '/', target());
        forwarded.push(url.pathname);
        const upstream = request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (answer) => {
          if (drop) {
            // Let the hub finish its answer, then cut the client off without it.
            answer.resume();
            answer.on('end', () => req.socket.destroy());
            return;
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        upstream.on('error', () => req.socket.destroy());
        res.on('close', () => upstream.destroy());
        upstream.end(Buffer.concat(chunks));
      }, wait);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    delay: (match, ms) => delays.push({ match, ms }),
    dropNextAnswer: (match) => drops.push(match),
    arrived,
    forwarded,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const isPush: Match = (req) => (req.url ?? '').includes('sync.push');
