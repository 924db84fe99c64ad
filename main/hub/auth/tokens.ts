import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Session tokens and device tokens are random; only their SHA-256 is stored, so a copied database grants nothing. */
export type TokenKind = 'session' | 'device';
const PREFIX: Record<TokenKind, string> = { session: 'wws_', device: 'wwd_' };

export function newToken(kind: TokenKind): string {
  return PREFIX[kind] + randomBytes(32).toString('base64url');
}

export function tokenKind(token: string): TokenKind | null {
  if (token.startsWith(PREFIX.session)) return 'session';
  if (token.startsWith(PREFIX.device)) return 'device';
  return null;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Pairing codes are typed by hand on a touch screen: no 0/O or 1/I/L to confuse. */
const PAIRING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_LENGTH = 8;

export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)];
  return code;
}

/** Accepts "abcd-efgh", "ABCD EFGH" and "abcdefgh" as the same code. */
export function normalizePairingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
