import { jsToXliff12, js2xliff, xliff12ToJs, xliff2js } from 'xliff';
import { zipSync, unzipSync, strToU8, strFromU8 } from 'fflate';
import type { Item, TranslationText } from '../../../shared/content';
import { isLanguageCode, type LanguageCode } from '../../../shared/languages';
import { LIMITS } from '../../../shared/limits';

/**
 * XLIFF for translation agencies, without a database: which items need a translation, the
 * files an agency receives, and reading their files back. Rich text travels as escaped HTML
 * inside <source>/<target> (see README): the hub's sanitizer decides what survives.
 */
export type XliffVersion = '1.2' | '2.0';
export const TEXT_FIELDS = ['title', 'summary', 'body'] as const;

export interface ExchangeTenant {
  id: string;
  name: string;
}

export interface ExportedFile {
  name: string;
  /** XLIFF text, or a zip's bytes in base64. */
  content: string;
  encoding: 'utf8' | 'base64';
}

/** Where an item's translations travel: the tenant, the item and the revision the source text had. */
export function fileOriginal(tenantId: string, itemId: string, revision: number): string {
  return `wegwijs/${tenantId}/${itemId}/r${revision}`;
}

export function parseOriginal(original: string): { tenantId: string; itemId: string; revision: number } | null {
  const m = /^wegwijs\/([0-9a-f-]{36})\/([0-9a-f-]{36})\/r(\d+)$/.exec(original);
  return m ? { tenantId: m[1]!, itemId: m[2]!, revision: Number(m[3]) } : null;
}

/** Items whose translation into `target` is missing or outdated (items written in `target` need none). */
export function needsTranslation(item: Item, target: LanguageCode): boolean {
  if (item.sourceLanguage === target) return false;
  const t = item.translations[target];
  return !t || t.status === 'outdated';
}

function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return s || 'item';
}

const NOTES: Record<(typeof TEXT_FIELDS)[number], string> = {
  title: `Title, at most ${LIMITS.titleChars} characters.`,
  summary: `One-line summary, at most ${LIMITS.summaryChars} characters.`,
  body: 'Body as HTML: keep the tags (<p>, <ul>, <li>, <strong>, <a href>) and translate the text between them.',
};
const CONTACT_NOTE =
  ' Contact card: phone numbers, e-mail, address and opening hours are shown in every language as entered and are not translated; phone labels are translated by Wegwijs itself.';

function resourcesOf(item: Item, target: LanguageCode) {
  const source = item.translations[item.sourceLanguage]!;
  const existing = item.translations[target];
  const units: Record<string, { source: string; target: string; note: string }> = {};
  for (const f of TEXT_FIELDS) {
    if (f !== 'title' && !source[f]) continue;
    units[f] = { source: source[f], target: existing?.[f] ?? '', note: NOTES[f] + (item.kind === 'contact' ? CONTACT_NOTE : '') };
  }
  return units;
}

async function xliffOf(items: Item[], tenant: ExchangeTenant, target: LanguageCode, version: XliffVersion): Promise<string> {
  const resources = Object.fromEntries(items.map((i) => [fileOriginal(tenant.id, i.id, i.revision), resourcesOf(i, target)]));
  const js = { sourceLanguage: items[0]!.sourceLanguage, targetLanguage: target, resources };
  return version === '2.0' ? js2xliff(js) : jsToXliff12(js);
}

export type ExportResult = { file: ExportedFile } | { refused: 'nothing_to_export' | 'mixed_source_languages' };

/**
 * One XLIFF file for all items, or a zip with one file per item. Names tell an agency whose
 * text it is, from which language into which, and which revision of the source it saw.
 */
export async function exportFiles(items: Item[], tenant: ExchangeTenant, target: LanguageCode, version: XliffVersion, zip: boolean, now: Date): Promise<ExportResult> {
  const wanted = items.filter((i) => i.sourceLanguage !== target);
  if (!wanted.length) return { refused: 'nothing_to_export' };
  const base = `wegwijs_${slug(tenant.name)}`;
  const day = now.toISOString().slice(0, 10);
  const ext = version === '2.0' ? 'xlf' : 'xliff';
  if (zip) {
    const entries: Record<string, Uint8Array> = {};
    for (const item of wanted) {
      const title = item.translations[item.sourceLanguage]?.title ?? '';
      const name = `${base}_${item.sourceLanguage}-${target}_${slug(title)}_${item.id.slice(0, 8)}_r${item.revision}.${ext}`;
      entries[name] = strToU8(await xliffOf([item], tenant, target, version));
    }
    const bytes = zipSync(entries);
    return { file: { name: `${base}_${target}_${wanted.length}-items_${day}.zip`, content: Buffer.from(bytes).toString('base64'), encoding: 'base64' } };
  }
  const sources = [...new Set(wanted.map((i) => i.sourceLanguage))];
  // One XLIFF file has one source language.
  if (sources.length > 1) return { refused: 'mixed_source_languages' };
  const name = wanted.length === 1
    ? `${base}_${sources[0]}-${target}_${slug(wanted[0]!.translations[sources[0]!]?.title ?? '')}_${wanted[0]!.id.slice(0, 8)}_r${wanted[0]!.revision}.${ext}`
    : `${base}_${sources[0]}-${target}_${wanted.length}-items_${day}.${ext}`;
  return { file: { name, content: await xliffOf(wanted, tenant, target, version), encoding: 'utf8' } };
}

// --- reading an agency's files back ----------------------------------------------------------

export type FileProblem = 'malformed' | 'incomplete' | 'not_wegwijs' | 'unknown_language' | 'inline_markup' | 'unknown_unit';

export interface ReadUnit {
  tenantId: string;
  itemId: string;
  revision: number;
  sourceLanguage: string;
  target: LanguageCode;
  source: Partial<TranslationText>;
  text: Partial<TranslationText>;
}

export type ReadResult = { ok: true; units: ReadUnit[] } | { ok: false; problem: FileProblem; detail: string };

/** Plain text of a segment; XLIFF inline elements are not what we export, so they are refused. */
function segmentText(value: unknown): string | null {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('');
  return null;
}

/** Unpacks uploads: a zip becomes its XLIFF files; anything else is read as one XLIFF file. */
export function unpack(files: { name: string; dataBase64: string }[]): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const f of files) {
    const bytes = Buffer.from(f.dataBase64, 'base64');
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
      try {
        for (const [name, data] of Object.entries(unzipSync(bytes))) if (/\.(xlf|xliff)$/i.test(name)) out.push({ name, text: strFromU8(data) });
      } catch {
        out.push({ name: f.name, text: '' });
      }
    } else out.push({ name: f.name, text: bytes.toString('utf8') });
  }
  return out;
}

export async function readXliff(text: string): Promise<ReadResult> {
  const trimmed = text.trim();
  // xml-js accepts a file cut off halfway; an XLIFF document must end with its root.
  if (!/^(<\?xml[^>]*\?>\s*)?<xliff[\s>]/.test(trimmed) || !/<\/xliff>$/.test(trimmed)) {
    return { ok: false, problem: 'incomplete', detail: '' };
  }
  let js: Awaited<ReturnType<typeof xliff12ToJs>>;
  try {
    js = await (/<xliff[^>]*version=["']2\.\d["']/.test(trimmed) ? xliff2js(trimmed) : xliff12ToJs(trimmed));
  } catch (err) {
    return { ok: false, problem: 'malformed', detail: err instanceof Error ? err.message.split('\n')[0]! : String(err) };
  }
  const target = js.targetLanguage?.toLowerCase().split(/[-_]/)[0] ?? '';
  if (!isLanguageCode(target)) return { ok: false, problem: 'unknown_language', detail: js.targetLanguage ?? '' };
  const resources = Object.entries(js.resources ?? {});
  if (!resources.length) return { ok: false, problem: 'not_wegwijs', detail: 'The file holds no texts' };
  const units: ReadUnit[] = [];
  for (const [original, fields] of resources) {
    const key = parseOriginal(original);
    if (!key) return { ok: false, problem: 'not_wegwijs', detail: original };
    const unit: ReadUnit = { ...key, sourceLanguage: js.sourceLanguage ?? '', target, source: {}, text: {} };
    for (const [id, segment] of Object.entries(fields)) {
      if (!(TEXT_FIELDS as readonly string[]).includes(id)) return { ok: false, problem: 'unknown_unit', detail: `${key.itemId}/${id}` };
      const field = id as (typeof TEXT_FIELDS)[number];
      const source = segmentText(segment.source);
      const translated = segmentText(segment.target);
      if (source === null || translated === null) return { ok: false, problem: 'inline_markup', detail: `${key.itemId}/${id}` };
      unit.source[field] = source;
      if (translated.trim()) unit.text[field] = translated;
    }
    units.push(unit);
  }
  return { ok: true, units };
}
