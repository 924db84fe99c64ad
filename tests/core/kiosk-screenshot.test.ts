/**
 * The on-demand screenshot, from the console's call on a real hub to a real kiosk core over its
 * live notices and orders, and back: the picture the kiosk's capture function took, as the hub
 * keeps it (the latest only); "not available" without a capture function (the browser preview);
 * too large and fake images refused; no answer from an offline kiosk said after the wait.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KioskCore, type KioskCoreOptions } from '../../main/core/kiosk/kiosk-core';
import { LIMITS } from '../../shared/limits';
import { SCREENSHOT_MAX_BYTES, SCREENSHOT_WAIT_MS, type Capture, type ScreenshotView } from '../../shared/screenshot';
import { buildWorld, pairKiosk, startTestHub, type HubClient, type TestHub, type World } from '../helpers/hub-fixture';

let t: TestHub;
let world: World;
let clock: Date;
let admin: HubClient;
let core: KioskCore | null = null;
let dir = '';

/** A real PNG of the given size: noise, so it does not compress (a kiosk's body limit is larger than an anonymous caller's). */
function png(width: number, height: number): Buffer {
  const image = new PNG({ width, height });
  for (let i = 0; i < image.data.length; i++) image.data[i] = (i * 2_654_435_761) >>> 24;
  return PNG.sync.write(image);
}

async function pairedCore(capture?: KioskCoreOptions['capture']) {
  dir = mkdtempSync(join(tmpdir(), 'wegwijs-kiosk-'));
  core = new KioskCore({ dataDir: dir, appVersion: 'test', pollMs: 60_000, heartbeatMs: 60_000, capture });
  await core.pair(t.hub.url, world.kioskA.pairing.code);
  // The kiosk listens to its location's live notices.
  await new Promise((r) => setTimeout(r, 300));
  return core;
}

async function answered(kioskId: string, ms = 5_000): Promise<ScreenshotView> {
  const until = Date.now() + ms;
  for (;;) {
    const view = await admin.kiosks.screenshot.query({ kioskId });
    if (view.status !== 'waiting' || Date.now() > until) return view;
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeEach(async () => {
  clock = new Date('2026-11-30T13:00:00Z');
  t = await startTestHub({ now: () => clock });
  world = await buildWorld(t);
  admin = t.client(await t.login(world.townA.emails.admin));
});

afterEach(async () => {
  await core?.close();
  core = null;
  await t.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('remote screenshot', () => {
  it('reaches the kiosk over its live notice and brings back exactly what it captured, with who asked and when', async () => {
    const picture = png(400, 500);
    expect(picture.length).toBeGreaterThan(LIMITS.anonymousRequestBytes);
    let captures = 0;
    await pairedCore(async () => (captures++, { contentType: 'image/png', bytes: picture }));
    const kioskId = world.kioskA.kiosk.id;
    expect(await admin.kiosks.screenshot.query({ kioskId })).toMatchObject({ status: 'none', dataBase64: null });

    const asked = await admin.kiosks.requestScreenshot.mutate({ kioskId });
    expect(asked).toMatchObject({ status: 'waiting', requestedAt: clock.toISOString(), requestedBy: expect.any(String) });
    const view = await answered(kioskId);
    expect(view).toMatchObject({ status: 'taken', contentType: 'image/png', answeredAt: clock.toISOString() });
    const bytes = Buffer.from(view.dataBase64!, 'base64');
    expect(bytes.equals(picture)).toBe(true);
    expect(PNG.sync.read(bytes)).toMatchObject({ width: 400, height: 500 });

    // Answered once: later orders do not capture again.
    await core!.heartbeat();
    expect(captures).toBe(1);

    // A new request replaces the old picture: only the latest is kept.
    clock = new Date(clock.getTime() + 60_000);
    expect(await admin.kiosks.requestScreenshot.mutate({ kioskId })).toMatchObject({ status: 'waiting', dataBase64: null });
    expect(await answered(kioskId)).toMatchObject({ status: 'taken', answeredAt: clock.toISOString() });
    expect(captures).toBe(2);
  });

  it('answers "not available" from a kiosk without a capture function (the browser preview)', async () => {
    await pairedCore();
    await admin.kiosks.requestScreenshot.mutate({ kioskId: world.kioskA.kiosk.id });
    expect(await answered(world.kioskA.kiosk.id)).toMatchObject({ status: 'unavailable', dataBase64: null });
  });

  it('says "too large" for a picture over the limit, which the hub would refuse anyway', async () => {
    const big = Buffer.concat([png(1, 1), Buffer.alloc(SCREENSHOT_MAX_BYTES)]);
    await pairedCore(async () => ({ contentType: 'image/png', bytes: big }) satisfies Capture);
    await admin.kiosks.requestScreenshot.mutate({ kioskId: world.kioskA.kiosk.id });
    expect(await answered(world.kioskA.kiosk.id)).toMatchObject({ status: 'too_large', dataBase64: null });
  });

  it('says "failed" when the hub refuses what the kiosk captured (not the image type it claims)', async () => {
    await pairedCore(async () => ({ contentType: 'image/jpeg', bytes: png(2, 2) }));
    await admin.kiosks.requestScreenshot.mutate({ kioskId: world.kioskA.kiosk.id });
    expect(await answered(world.kioskA.kiosk.id)).toMatchObject({ status: 'failed', dataBase64: null });
  });

  it('is refused when the bytes are not the image type they claim, or too many; a stale answer is dropped', async () => {
    const token = await pairKiosk(t, world.kioskA.pairing.code);
    const kiosk = t.client(token);
    const { requestedAt } = await admin.kiosks.requestScreenshot.mutate({ kioskId: world.kioskA.kiosk.id });
    const html = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
    await expect(kiosk.device.screenshot.mutate({ outcome: 'taken', requestedAt: requestedAt!, contentType: 'image/png', dataBase64: html })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', field: 'dataBase64', problems: [expect.objectContaining({ code: 'image_type_mismatch' })] },
    });
    const tooBig = Buffer.concat([png(1, 1), Buffer.alloc(SCREENSHOT_MAX_BYTES)]).toString('base64');
    await expect(kiosk.device.screenshot.mutate({ outcome: 'taken', requestedAt: requestedAt!, contentType: 'image/png', dataBase64: tooBig })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST' },
    });
    expect(await kiosk.device.screenshot.mutate({ outcome: 'unavailable', requestedAt: '2020-01-01T00:00:00.000Z' })).toEqual({ kept: false });
    expect(await admin.kiosks.screenshot.query({ kioskId: world.kioskA.kiosk.id })).toMatchObject({ status: 'waiting' });
  });

  it('says the kiosk did not answer once the wait is over (the kiosk is offline)', async () => {
    const { requestedAt } = await admin.kiosks.requestScreenshot.mutate({ kioskId: world.kioskA.kiosk.id });
    clock = new Date(Date.parse(requestedAt!) + SCREENSHOT_WAIT_MS + 1);
    expect(await admin.kiosks.screenshot.query({ kioskId: world.kioskA.kiosk.id })).toMatchObject({ status: 'no_answer', dataBase64: null });
  });
});
