import { PHONE_IMAGE_BUDGET_BYTES } from '../../../shared/phone-bundle';

/** The images a phone keeps offline: in the bundle's order, each that still fits in the budget. */
export function imagesWithinBudget(images: Record<string, number>, budget = PHONE_IMAGE_BUDGET_BYTES): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const [id, bytes] of Object.entries(images)) {
    if (used + bytes > budget) continue;
    used += bytes;
    kept.push(id);
  }
  return kept;
}
