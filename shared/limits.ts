/** Size limits enforced at the hub's edge and mirrored in the editors' forms. */
export const LIMITS = {
  titleChars: 200,
  summaryChars: 600,
  bodyChars: 50_000,
  nameChars: 120,
  pushBatch: 100,
  pullPage: 1_000,
  uploadBytes: 2 * 1024 * 1024,
  linksPerItem: 20,
  phonesPerItem: 10,
  imagesPerItem: 10,
} as const;
