import { useEffect, useState } from 'react';
import { EntryList } from '../../../shared/ui/EntryList';
import { useText } from '../../../shared/ui/language';
import { usePhone } from '../lib/phone-context';
import { useLanguage } from '../../../shared/ui/language';
import { useSearchCount } from '../../../shared/ui/usage';

/** Search on the phone itself, in the words the worker reads; the query stays in the address for Back. */
export function SearchScreen({ query }: { query: string }) {
  const { search, open } = usePhone();
  const t = useText();
  const [text, setText] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => text !== query && open({ screen: 'search', query: text }, true), 250);
    return () => clearTimeout(timer);
  }, [text, query, open]);
  const results = search(text);
  useSearchCount(useLanguage(), text, results.length);
  return (
    <main className="screen-body search-body">
      <h1 className="page-title">{t('search')}</h1>
      <form className="search-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <input
          type="search"
          className="search-input"
          aria-label={t('searchPrompt')}
          placeholder={t('searchPrompt')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoFocus
          enterKeyHint="search"
        />
      </form>
      {text.trim().length < 2 ? (
        <p className="hint">{t('searchHint')}</p>
      ) : results.length ? (
        <>
          <h2 className="section-title">{t('searchResults')}</h2>
          <EntryList entries={results} />
        </>
      ) : (
        <p className="empty">
          {t('searchNoResults')} {t('searchTryAgain')}
        </p>
      )}
    </main>
  );
}
