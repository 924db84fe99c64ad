import { randomUUID } from 'node:crypto';
import { CATEGORIES, ITEM_KINDS } from '../shared/categories';
import type { LanguageCode } from '../shared/languages';
import { mutationSchema, type Mutation, type MutationInput } from '../shared/sync';
import type { HubDeps } from '../main/hub/context-types';
import { contentStore } from '../main/hub/data/content-store';
import { seededRandom, translationText, type TextSizes } from './texts';
import type { Layer } from './world';

export interface DataSet {
  items: number;
  languages: LanguageCode[];
  sizes: TextSizes;
}

/** Which layer item `i` belongs to: 2 in 5 national, 2 in 5 municipality, 1 in 5 employer. */
const LAYER_OF = [0, 0, 1, 1, 2] as const;
const PUSH_BATCH = 100;

/**
 * One published item as an editor makes it: a create with the source text, then an update that
 * adds every other language as a current translation (so revision 2, all languages shown).
 */
function itemMutations(i: number, random: () => number, set: DataSet): MutationInput[] {
  const itemId = randomUUID();
  const [source, ...others] = i % 7 === 0 ? (['en', ...set.languages.filter((l) => l !== 'en')] as LanguageCode[]) : set.languages;
  const kind = ITEM_KINDS[i % 10 === 0 ? 2 : i % 4 === 0 ? 1 : 0];
  const create: MutationInput = {
    mutationId: randomUUID(),
    type: 'item.create',
    itemId,
    fields: {
      category: CATEGORIES[i % CATEGORIES.length]!,
      kind,
      sourceLanguage: source!,
      published: true,
      pinned: i % 50 === 0,
      priority: i % 11,
      contact: kind === 'contact' ? { phones: [{ number: '+31 416 683 456', label: 'main' }], email: 'info@example.nl' } : null,
      links: [{ kind: 'web', url: 'https://www.example.nl/info' }],
    },
    source: translationText(random, source!, set.sizes),
  };
  const translate: MutationInput = {
    mutationId: randomUUID(),
    type: 'item.update',
    itemId,
    baseRevision: 1,
    translations: Object.fromEntries(others.map((l) => [l, { ...translationText(random, l, set.sizes), status: 'current' }])),
  };
  return [create, translate];
}

export interface Generated {
  items: number;
  ms: number;
  /** A national item for the edit test, with its editor. */
  sample: { itemId: string; revision: number; editorEmail: string };
}

/** Writes the data set through the hub's real write path: parsed mutations pushed to each layer's content store. */
export async function generateItems(deps: HubDeps, layers: Layer[], set: DataSet): Promise<Generated> {
  const started = performance.now();
  const random = seededRandom(42);
  const stores = layers.map((l) => contentStore(deps, { tenant: l.tenant, actor: l.editor, role: 'editor' }));
  const pending: Mutation[][] = layers.map(() => []);
  const flush = async (layer: number) => {
    const { results } = await stores[layer]!.push(pending[layer]!);
    const failed = results.find((r) => r.status !== 'applied');
    if (failed) throw new Error(`Generating items failed: ${JSON.stringify(failed).slice(0, 300)}`);
    pending[layer] = [];
  };

  let sampleId = '';
  for (let i = 0; i < set.items; i++) {
    const layer = LAYER_OF[i % LAYER_OF.length]!;
    const mutations = itemMutations(i, random, set).map((m) => mutationSchema.parse(m));
    if (i === 0) sampleId = mutations[0]!.itemId;
    pending[layer]!.push(...mutations);
    if (pending[layer]!.length >= PUSH_BATCH) await flush(layer);
  }
  for (let layer = 0; layer < layers.length; layer++) if (pending[layer]!.length) await flush(layer);

  return {
    items: set.items,
    ms: performance.now() - started,
    sample: { itemId: sampleId, revision: 2, editorEmail: layers[LAYER_OF[0]]!.editor.email },
  };
}
