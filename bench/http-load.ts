/**
 * Plain fetch load against the hub, the way a client sees it: each timing runs from sending the
 * request to having read the whole body. Node's fetch keeps connections alive between requests.
 */
export interface Sample {
  ms: number;
  bytes: number;
}

export async function timedGet(url: string, headers: Record<string, string>): Promise<Sample> {
  const started = performance.now();
  const res = await fetch(url, { headers });
  const body = await res.arrayBuffer();
  const elapsed = performance.now() - started;
  if (!res.ok) throw new Error(`GET ${url.slice(0, 80)}… answered ${res.status}: ${new TextDecoder().decode(body).slice(0, 200)}`);
  return { ms: elapsed, bytes: body.byteLength };
}

/** Up to `count` requests one after the other, cycling through `urls`, stopping early after `maxMs`. */
export async function sequential(
  urls: readonly string[],
  headers: Record<string, string>,
  count: number,
  maxMs = Infinity,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  const deadline = performance.now() + maxMs;
  for (let i = 0; i < count && performance.now() < deadline; i++) samples.push(await timedGet(urls[i % urls.length]!, headers));
  return samples;
}

export interface LoadResult {
  samples: Sample[];
  seconds: number;
  perSecond: number;
}

/** `inFlight` clients, each sending its next request as soon as the last one is read, for `durationMs`. */
export async function concurrent(
  urls: readonly string[],
  headers: Record<string, string>,
  inFlight: number,
  durationMs: number,
): Promise<LoadResult> {
  const samples: Sample[] = [];
  const started = performance.now();
  const deadline = started + durationMs;
  let next = 0;
  const client = async () => {
    while (performance.now() < deadline) samples.push(await timedGet(urls[next++ % urls.length]!, headers));
  };
  await Promise.all(Array.from({ length: inFlight }, client));
  const seconds = (performance.now() - started) / 1000;
  return { samples, seconds, perSecond: samples.length / seconds };
}
