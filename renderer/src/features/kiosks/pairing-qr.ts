/**
 * What the pairing QR code holds: a prefix that says what it is, then the code itself,
 * e.g. "wegwijs-pair:K7MQ2XTP". A kiosk that scans it takes the part after the colon.
 */
export const PAIRING_QR_PREFIX = 'wegwijs-pair:';

export function pairingQrText(code: string): string {
  return PAIRING_QR_PREFIX + code;
}

/** "K7MQ2XTP" as "K7MQ 2XTP": easier to read out and type. The hub ignores the space. */
export function groupedCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}
