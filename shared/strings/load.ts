import type { LanguageCode } from '../languages';
import type { WorkerStringKey, WorkerStrings } from './en';

export type { WorkerStringKey, WorkerStrings };

/**
 * One dynamic import per language, so each language is its own chunk and a screen downloads only
 * the language the worker chose (all languages in one chunk cost the kiosk and the phone ~1 MB).
 */
const LOADERS: Record<LanguageCode, () => Promise<{ default: WorkerStrings }>> = {
  nl: () => import('./nl'),
  en: () => import('./en'),
  pl: () => import('./pl'),
  ro: () => import('./ro'),
  bg: () => import('./bg'),
  hu: () => import('./hu'),
  lt: () => import('./lt'),
  lv: () => import('./lv'),
  sk: () => import('./sk'),
  cs: () => import('./cs'),
  pt: () => import('./pt'),
  es: () => import('./es'),
  uk: () => import('./uk'),
  ar: () => import('./ar'),
};

const loaded = new Map<LanguageCode, Promise<WorkerStrings>>();

/** The worker strings of one language, fetched once and kept. */
export function loadStrings(language: LanguageCode): Promise<WorkerStrings> {
  let strings = loaded.get(language);
  if (!strings) {
    strings = LOADERS[language]().then((module) => module.default);
    strings.catch(() => loaded.delete(language));
    loaded.set(language, strings);
  }
  return strings;
}

/** A string with its `{name}` placeholders filled in; an unknown placeholder stays visible. */
export function fillIn(strings: WorkerStrings, key: WorkerStringKey, vars?: Record<string, string | number>): string {
  const text = strings[key];
  return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : text;
}
