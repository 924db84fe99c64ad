import { scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * The kiosk's hidden exit asks for a PIN whose scrypt hash an installer configures
 * (format: scrypt$<salt-base64url>$<key-base64url>). Without a configured hash there is no exit.
 */
export function verifyExitPin(pin: string, configured: string | null): boolean {
  if (!configured) return false;
  const [scheme, salt, key] = configured.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64url'), expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function hashExitPin(pin: string, salt: Buffer): string {
  return `scrypt$${salt.toString('base64url')}$${scryptSync(pin, salt, 32).toString('base64url')}`;
}
