import { describe, expect, it } from 'vitest';
import { exitPinWaitMs, hashExitPin, verifyExitPin } from './exit-pin';

describe('kiosk exit PIN', () => {
  it('opens only with the configured PIN', async () => {
    const hash = await hashExitPin('4321', Buffer.from('0123456789abcdef'));
    expect(await verifyExitPin('4321', hash)).toBe(true);
    expect(await verifyExitPin('1234', hash)).toBe(false);
    expect(await verifyExitPin('', hash)).toBe(false);
  });

  it('never opens when no PIN is configured or the hash is malformed', async () => {
    expect(await verifyExitPin('4321', null)).toBe(false);
    expect(await verifyExitPin('4321', 'md5$abc')).toBe(false);
    expect(await verifyExitPin('4321', 'scrypt$abc$')).toBe(false);
  });

  it('hashes off the main thread: other work goes on while a guess is checked', async () => {
    const hash = await hashExitPin('4321');
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const checks = Array.from({ length: 20 }, () => verifyExitPin('0000', hash));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const ticksWhileChecking = ticks;
    await Promise.all(checks);
    clearInterval(timer);
    expect(ticksWhileChecking).toBeGreaterThan(0);
  });

  it('limits guesses: 5 free, then a doubling wait from 30 s up to an hour', () => {
    const failures = (n: number) => Array.from({ length: n }, () => 0);
    expect(exitPinWaitMs(failures(4), 0)).toBe(0);
    expect(exitPinWaitMs(failures(5), 0)).toBe(30_000);
    expect(exitPinWaitMs(failures(6), 0)).toBe(60_000);
    expect(exitPinWaitMs(failures(20), 0)).toBe(3_600_000);
    expect(exitPinWaitMs(failures(5), 30_000)).toBe(0);
  });
});
