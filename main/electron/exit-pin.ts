import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

function derive(pin: string, salt: Buffer, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(pin, salt, length, (err, key) => (err ? reject(err) : resolve(key))));
}

/**
 * The kiosk's hidden exit asks for a PIN whose scrypt hash an installer configures
 * (format: scrypt$<salt-base64url>$<key-base64url>). Without a configured hash there is no exit.
 * Hashing runs off the main thread, so a guess never freezes the screen.
 */
export async function verifyExitPin(pin: string, configured: string | null): Promise<boolean> {
  if (!configured) return false;
  const [scheme, salt, key] = configured.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  if (expected.length === 0) return false;
  const actual = await derive(pin, Buffer.from(salt, 'base64url'), expected.length);
  return timingSafeEqual(actual, expected);
}

export async function hashExitPin(pin: string, salt: Buffer = randomBytes(16)): Promise<string> {
  return `scrypt$${salt.toString('base64url')}$${(await derive(pin, salt, 32)).toString('base64url')}`;
}

/**
 * A four-digit PIN falls to 10,000 guesses: after 5 wrong ones each further guess waits twice as
 * long as the one before (30 s, 1 min, 2 min … up to an hour). Returns the wait in ms, 0 = may try.
 */
export function exitPinWaitMs(failures: readonly number[], now: number, free = 5, firstMs = 30_000, maxMs = 60 * 60_000): number {
  const beyond = failures.length - free;
  if (beyond < 0) return 0;
  return Math.max(0, failures[failures.length - 1]! + Math.min(maxMs, firstMs * 2 ** beyond) - now);
}
