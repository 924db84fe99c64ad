import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { languageInfo, type LanguageCode } from '../languages';
import { fillIn, loadStrings, type WorkerStringKey, type WorkerStrings } from '../strings/load';

interface Loaded {
  language: LanguageCode;
  strings: WorkerStrings;
}

const WorkerLanguageContext = createContext<Loaded | null>(null);

/**
 * The worker's chosen language for everything below, with its strings (shared/strings/<code>.ts,
 * fetched on first use). Until they are there nothing is drawn; on a change of language the
 * previous language stays on screen until the next one has arrived, so words never flash by
 * as keys. The screens that render these parts set the page's own `lang` and `dir` (the kiosk
 * on its document, the preview on its frame).
 */
export function WorkerLanguage({ language, children }: { language: LanguageCode; children: ReactNode }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let current = true;
    void loadStrings(language).then((strings) => {
      if (current) setLoaded({ language, strings });
    });
    return () => {
      current = false;
    };
  }, [language]);
  if (!loaded) return null;
  return <WorkerLanguageContext.Provider value={loaded}>{children}</WorkerLanguageContext.Provider>;
}

function useLoaded(): Loaded {
  const loaded = useContext(WorkerLanguageContext);
  if (!loaded) throw new Error('A worker screen part was drawn outside <WorkerLanguage>');
  return loaded;
}

export function useLanguage(): LanguageCode {
  return useLoaded().language;
}

/** `t('from', { organisation })`: a worker-facing string in the chosen language. */
export function useText() {
  const { strings } = useLoaded();
  return useCallback((key: WorkerStringKey, vars?: Record<string, string | number>) => fillIn(strings, key, vars), [strings]);
}

export function dirOf(language: LanguageCode): 'rtl' | 'ltr' {
  return languageInfo(language).rtl ? 'rtl' : 'ltr';
}
