import { useEffect, useState } from 'react';
import { LANGUAGE_CODES, languageInfo, type LanguageCode } from '../../../shared/languages';
import { Icon } from '../../../shared/ui/Icon';
import { WorkerLanguage, dirOf, useText } from '../../../shared/ui/language';
import { useDocumentLanguage } from '../lib/i18n';
import { offlineStore } from '../lib/offline-store';

/**
 * The languages the location offers, in its order, as the phone stored them with the current
 * language's content (undefined while reading; null: every language, also for a bundle stored
 * before locations chose languages).
 */
function useOfferedLanguages(locationId: string, language: LanguageCode | null): LanguageCode[] | null | undefined {
  const [offered, setOffered] = useState<LanguageCode[] | null | undefined>(language ? undefined : null);
  useEffect(() => {
    if (!language) return;
    void offlineStore.bundle(locationId, language).then((stored) => setOffered(stored?.bundle.location.languages ?? null));
  }, [locationId, language]);
  return offered;
}

/**
 * The location's languages first, in its order, by the names their speakers use; every other
 * interface language under "more languages". The question in the current language and English.
 */
export function LanguageScreen({ locationId, current, onChoose }: { locationId: string; current: LanguageCode | null; onChoose(language: LanguageCode): void }) {
  const offered = useOfferedLanguages(locationId, current);
  const first = current ?? offered?.[0] ?? 'en';
  useDocumentLanguage(first);
  const questions = [...new Set<LanguageCode>([first, 'en'])];
  const main = offered ?? LANGUAGE_CODES;
  const more = offered ? LANGUAGE_CODES.filter((code) => !offered.includes(code)) : [];
  const grid = (codes: readonly LanguageCode[]) => (
    <ul className="language-grid">
      {codes.map((code) => (
        <li key={code}>
          <button type="button" className="language-choice" lang={code} dir={dirOf(code)} aria-current={code === current || undefined} onClick={() => onChoose(code)}>
            {languageInfo(code).nativeName}
          </button>
        </li>
      ))}
    </ul>
  );
  return (
    <main className="language-screen" data-screen="language">
      <p className="brand">Wegwijs</p>
      <h1 className="language-title">
        <Icon name="globe" size={32} />
        <span className="language-questions">
          {questions.map((code) => (
            <span key={code} lang={code} dir={dirOf(code)}>
              {languageInfo(code).chooseLanguage}
            </span>
          ))}
        </span>
      </h1>
      {offered !== undefined && grid(main)}
      {more.length > 0 && (
        <WorkerLanguage language={first}>
          <details className="more-languages" data-testid="more-languages" open={!!current && more.includes(current)}>
            <MoreLanguagesSummary />
            {grid(more)}
          </details>
        </WorkerLanguage>
      )}
    </main>
  );
}

function MoreLanguagesSummary() {
  const t = useText();
  return <summary>{t('moreLanguages')}</summary>;
}
