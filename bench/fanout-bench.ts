import { Agent, request, type ClientRequest } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { BenchHub } from './bench-hub';
import { countingClient } from './counting-client';
import { percentile } from './stats';
import { PASSWORD } from './world';
import { NOTICE_SPREAD_MS } from '../main/core/kiosk/kiosk-core';

export interface FanOutFigures {
  streams: number;
  /** Hub resident memory added by the open streams, per stream. */
  bytesPerStream: number;
  /** The publishing request (sync.push over HTTP), as the editor waits for it. */
  pushMs: number;
  received: number;
  noticeP50: number;
  noticeP99: number;
  pulled: number;
  pulledP99: number;
}

interface Stream {
  req: ClientRequest;
  connected: Promise<void>;
  /** Resolves with the sequence of the first notice after `armed`. */
  notice: () => Promise<number>;
}

/** A kiosk's live subscription as its core opens it: tRPC's SSE stream of `sync.onChange`, own socket. */
function openStream(url: string, token: string): Stream {
  let connected!: () => void;
  let heard: ((seq: number) => void) | null = null;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const req = request(`${url}/trpc/sync.onChange`, { agent: false, headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      if (chunk.includes('connected')) connected();
      const seq = /"seq":(\d+)/.exec(chunk);
      if (seq && heard) heard(Number(seq[1]));
    });
  });
  req.on('error', () => {});
  req.end();
  return { req, connected: ready, notice: () => new Promise<number>((resolve) => (heard = resolve)) };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens `streams` live subscriptions of kiosks at one location, measures the hub's memory per
 * stream, then an editor publishes once: how long the push takes, when each kiosk hears of it, and
 * when each has pulled the change (GET /sync/published from its cursor, gzip, after a random wait
 * within the notice spread, as the core does).
 */
export async function benchFanOut(hub: BenchHub, tokens: string[], editorEmail: string): Promise<FanOutFigures> {
  const anonymous = countingClient(hub.url).client;
  const { token } = await anonymous.auth.login.mutate({ email: editorEmail, password: PASSWORD });
  const editor = countingClient(hub.url, token).client;
  const pullAgent = new Agent({ keepAlive: true, maxSockets: 256 });

  await settle(500);
  const before = await hub.memory();
  const streams = tokens.map((t) => openStream(hub.url, t));
  await Promise.all(streams.map((s) => s.connected));
  await settle(1_000);
  const after = await hub.memory();

  const cursor = ((await (await fetch(`${hub.url}/healthz`)).json()) as { seq: number }).seq;
  const noticeMs: number[] = [];
  const pulledMs: number[] = [];
  const started = performance.now();
  const outcomes = streams.map(async (s, i) => {
    await s.notice();
    noticeMs.push(performance.now() - started);
    await settle(Math.random() * NOTICE_SPREAD_MS);
    await new Promise<void>((resolve) => {
      request(`${hub.url}/sync/published?since=${cursor}`, { agent: pullAgent, headers: { authorization: `Bearer ${tokens[i]}`, 'accept-encoding': 'gzip' } }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) pulledMs.push(performance.now() - started);
          resolve();
        });
      })
        .on('error', () => resolve())
        .end();
    });
  });
  const pushed = await editor.sync.push.mutate({
    mutations: [
      {
        mutationId: randomUUID(),
        type: 'item.create',
        itemId: randomUUID(),
        fields: { category: 'emergency', kind: 'urgent', sourceLanguage: 'nl', published: true },
        source: { title: 'Storing waterleiding', summary: 'Kook water voor gebruik', body: '<p>Tot nader bericht.</p>' },
      },
    ],
  });
  const pushMs = performance.now() - started;
  if (pushed.results[0]?.status !== 'applied') throw new Error(`The publish was not applied: ${JSON.stringify(pushed.results[0])}`);
  await Promise.race([Promise.all(outcomes), settle(30_000)]);

  for (const s of streams) s.req.destroy();
  pullAgent.destroy();
  await settle(500);
  return {
    streams: tokens.length,
    bytesPerStream: (after - before) / tokens.length,
    pushMs,
    received: noticeMs.length,
    noticeP50: percentile(noticeMs, 50),
    noticeP99: percentile(noticeMs, 99),
    pulled: pulledMs.length,
    pulledP99: percentile(pulledMs, 99),
  };
}
