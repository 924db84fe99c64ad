import { ITEM_FIELD_NAMES, type Item, type Translation } from '../../../../shared/content';
import { isLanguageCode } from '../../../../shared/languages';
import type { RefusedChange } from '../content/types';

/**
 * Conflicts are about keys like the hub's: `category`, `t.nl.title`, `t.pl.status`. These
 * helpers compare the two versions key by key and build the version a person chose.
 */
const TEXT_KEYS = ['title', 'summary', 'body', 'status'] as const;
type TextKey = (typeof TEXT_KEYS)[number];

export function keysOf(item: Item | null): string[] {
  if (!item) return [];
  const keys: string[] = [...ITEM_FIELD_NAMES];
  for (const [language, t] of Object.entries(item.translations)) if (t) for (const f of TEXT_KEYS) keys.push(`t.${language}.${f}`);
  return keys;
}

function parseTextKey(key: string): { language: keyof Item['translations']; field: TextKey } | null {
  const m = /^t\.([a-z]{2})\.(title|summary|body|status)$/.exec(key);
  return m && isLanguageCode(m[1]!) ? { language: m[1], field: m[2] as TextKey } : null;
}

export function valueAt(item: Item | null, key: string): unknown {
  if (!item) return undefined;
  const text = parseTextKey(key);
  if (text) return item.translations[text.language]?.[text.field];
  return (item as unknown as Record<string, unknown>)[key];
}

/** The keys the refused change itself set (the rest of "mine" is simply the state it started from). */
export function changedByMe(change: RefusedChange): Set<string> {
  const m = change.mutation;
  if (m.type !== 'item.update') return new Set(keysOf(change.mine));
  const keys = new Set(Object.keys(m.fields));
  for (const [language, t] of Object.entries(m.translations)) for (const f of Object.keys(t ?? {})) keys.add(`t.${language}.${f}`);
  return keys;
}

export type RowKind = 'conflict' | 'mine' | 'theirs';
export interface DiffRow {
  key: string;
  mine: unknown;
  theirs: unknown;
  /** conflict: both changed it; mine: only this console; theirs: only someone else. */
  kind: RowKind;
}

const ORDER: Record<RowKind, number> = { conflict: 0, mine: 1, theirs: 2 };

/** Every key where the two versions differ, conflicting ones first. */
export function differingRows(change: RefusedChange): DiffRow[] {
  const conflicting = new Set(change.fields);
  const mineKeys = changedByMe(change);
  const keys = [...new Set([...keysOf(change.mine), ...keysOf(change.server), ...conflicting])];
  const rows: DiffRow[] = [];
  for (const key of keys) {
    const mine = valueAt(change.mine, key);
    const theirs = valueAt(change.server, key);
    if (JSON.stringify(mine) === JSON.stringify(theirs) && !conflicting.has(key)) continue;
    rows.push({ key, mine, theirs, kind: conflicting.has(key) ? 'conflict' : mineKeys.has(key) ? 'mine' : 'theirs' });
  }
  return rows.sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
}

export type Choice = 'mine' | 'theirs';

/**
 * The hub's version with, per differing key, the chosen side. Keys only this console changed
 * keep its change and keys only the hub changed keep the hub's: whichever side wins a conflict,
 * nobody's other work is lost.
 */
export function buildMerged(change: RefusedChange, choices: Record<string, Choice>): { merged: Item; usesMine: boolean } {
  const server = change.server!;
  const mine = change.mine;
  const merged: Item = structuredClone(server);
  let usesMine = false;
  for (const row of differingRows(change)) {
    const side = row.kind === 'conflict' ? (choices[row.key] ?? 'theirs') : row.kind;
    if (side !== 'mine' || !mine || row.mine === undefined) continue;
    usesMine = true;
    const text = parseTextKey(row.key);
    if (text) {
      const target = (merged.translations[text.language] ??= structuredClone(mine.translations[text.language]) as Translation);
      (target as unknown as Record<string, unknown>)[text.field] = row.mine;
    } else {
      (merged as unknown as Record<string, unknown>)[row.key] = structuredClone(row.mine);
    }
  }
  return { merged, usesMine };
}
