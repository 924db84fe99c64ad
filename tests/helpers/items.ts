import { randomUUID } from 'node:crypto';
import type { MutationInput } from '../../shared/sync';
import type { ItemFields } from '../../shared/content';

/** A create mutation with sensible defaults: a published Dutch housing article. */
export function createMutation(
  overrides: Partial<ItemFields> = {},
  source: { title: string; summary?: string; body?: string } = { title: 'Huur betalen', body: '<p>Betaal de huur op tijd.</p>' },
): MutationInput & { type: 'item.create' } {
  return {
    mutationId: randomUUID(),
    type: 'item.create',
    itemId: randomUUID(),
    fields: { category: 'housing', kind: 'article', sourceLanguage: 'nl', published: true, ...overrides },
    source,
  };
}

export function updateMutation(
  itemId: string,
  baseRevision: number,
  change: { fields?: Partial<ItemFields>; translations?: Record<string, Record<string, string>>; minor?: boolean },
): MutationInput {
  return { mutationId: randomUUID(), type: 'item.update', itemId, baseRevision, ...change } as MutationInput;
}
