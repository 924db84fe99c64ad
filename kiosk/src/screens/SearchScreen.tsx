import { useEffect, useRef, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { EntryList } from '../../../shared/ui/EntryList';
import { Icon } from '../../../shared/ui/Icon';
import { useLanguage, useText } from '../../../shared/ui/language';
import { useNavigation } from '../../../shared/ui/navigation';
import { WorkerScreen } from '../../../shared/ui/WorkerScreen';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard';
import { MARKS, markAfterPaint } from '../lib/perf';
import { useTRPC } from '../trpc';
import { useSearchCount } from '../../../shared/ui/usage';

const MIN_LETTERS = 2;

/** Waits until typing pauses, so every key press does not start a search. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Search in the worker's language, with the on-screen keyboard; results are the same cards as a topic. */
export function SearchScreen() {
  const trpc = useTRPC();
  const language = useLanguage();
  const t = useText();
  const nav = useNavigation();
  const input = useRef<HTMLInputElement>(null);
  const query = useSettled(nav.query.trim(), 250);
  const enough = query.replace(/\s/g, '').length >= MIN_LETTERS;
  const results = useQuery({ ...trpc.search.queryOptions({ language, query }), enabled: enough, placeholderData: keepPreviousData });
  useSearchCount(language, query, enough && !results.isPlaceholderData ? results.data?.length : undefined);

  useEffect(() => {
    input.current?.focus({ preventScroll: true });
    markAfterPaint(MARKS.painted, 'search');
  }, []);

  const type = (letter: string) => nav.setQuery((nav.query + letter).slice(0, 100));
  return (
    <WorkerScreen name="search">
      <main className="screen-body search-body">
        <div className="search-head">
          <h1 className="page-title search-title">
            <Icon name="search" size={52} />
            {t('search')}
          </h1>
          <input
            ref={input}
            type="search"
            className="search-input"
            value={nav.query}
            onChange={(e) => nav.setQuery(e.target.value.slice(0, 100))}
            inputMode="none"
            dir="auto"
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="search"
            placeholder={t('searchPrompt')}
            aria-label={t('searchPrompt')}
          />
        </div>
        <div className="search-keyboard">
          <OnScreenKeyboard language={language} onKey={type} onDelete={() => nav.setQuery(nav.query.slice(0, -1))} onClear={() => nav.setQuery('')} />
        </div>
        <section className="search-results" tabIndex={0} aria-live="polite" aria-labelledby="results-title">
          {!enough ? (
            <p className="search-hint" id="results-title">
              {t('searchHint')}
            </p>
          ) : !results.data ? null : results.data.length === 0 ? (
            <div className="empty" data-testid="no-results">
              <p id="results-title" className="empty-title">
                {t('searchNoResults')}
              </p>
              <p>{t('searchTryAgain')}</p>
            </div>
          ) : (
            <>
              <h2 className="section-title" id="results-title">
                {t('searchResults')}
              </h2>
              <EntryList entries={results.data} />
            </>
          )}
        </section>
      </main>
    </WorkerScreen>
  );
}
