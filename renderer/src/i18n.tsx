import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type UiLanguage = 'nl' | 'en';
export const UI_LANGUAGES: UiLanguage[] = ['nl', 'en'];

type Dictionary = Record<string, string>;
/** Each feature keeps its own strings, in Dutch and English, with the same keys in both. */
export type Strings<K extends string> = Record<UiLanguage, Record<K, string>>;

export function defineStrings<K extends string>(strings: Strings<K>): Strings<K> {
  return strings;
}

const LanguageContext = createContext<{ language: UiLanguage; setLanguage(l: UiLanguage): void }>({
  language: 'nl',
  setLanguage: () => {},
});

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<UiLanguage>(() => {
    const stored = localStorage.getItem('wegwijs.ui-language') === 'en' ? 'en' : 'nl';
    document.documentElement.lang = stored;
    return stored;
  });
  const setLanguage = useCallback((l: UiLanguage) => {
    localStorage.setItem('wegwijs.ui-language', l);
    document.documentElement.lang = l;
    setState(l);
  }, []);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage() {
  return useContext(LanguageContext);
}

/**
 * `t('key', { n: 3 })` for a feature's strings; `{name}` placeholders are filled in.
 * A missing key shows the key itself, which a screenshot review catches.
 */
export function useStrings<K extends string>(strings: Strings<K>) {
  const { language } = useLanguage();
  return useCallback(
    (key: K, vars?: Record<string, string | number>) => {
      const text = (strings[language] as Dictionary)[key] ?? key;
      return vars ? text.replace(/\{(\w+)\}/g, (_, v: string) => String(vars[v] ?? `{${v}}`)) : text;
    },
    [language, strings],
  );
}
