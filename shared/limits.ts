/** Size limits enforced at the hub's edge and mirrored in the editors' forms. */
export const LIMITS = {
  titleChars: 200,
  summaryChars: 600,
  bodyChars: 50_000,
  nameChars: 120,
  /** RFC 5321: an address is at most 254 characters. */
  emailChars: 254,
  urlChars: 2_000,
  addressChars: 200,
  pushBatch: 100,
  pullPage: 1_000,
  uploadBytes: 2 * 1024 * 1024,
  linksPerItem: 20,
  phonesPerItem: 10,
  imagesPerItem: 10,
  /**
   * The largest request body the hub reads from a signed-in user: a full push (100 changes with
   * long texts) must always fit, or a console's queued changes could never be sent.
   */
  requestBytes: 16 * 1024 * 1024,
  /** A paired kiosk: room for its screenshot (at most `uploadBytes`, sent as base64). */
  kioskRequestBytes: 3 * 1024 * 1024,
  /** Without a valid session (sign-in, pairing) a body is tiny. */
  anonymousRequestBytes: 64 * 1024,
  /** Calls batched into one HTTP request. */
  batchCalls: 10,
} as const;

/**
 * The path of the first string in `value` with a lone UTF-16 surrogate (text that is not valid
 * Unicode and cannot be stored as UTF-8), or null when every string is well formed.
 */
export function findMalformedText(value: unknown, path: (string | number)[] = []): string | null {
  if (typeof value === 'string') return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value) ? path.join('.') : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findMalformedText(value[i], [...path, i]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const found = findMalformedText(v, [...path, key]);
      if (found !== null) return found;
      if (findMalformedText(key) !== null) return [...path, key].join('.');
    }
  }
  return null;
}
