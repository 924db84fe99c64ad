import { useEffect } from 'react';
import { languageInfo, type LanguageCode } from '../../../shared/languages';
import { Icon } from '../../../shared/ui/Icon';
import { dirOf } from '../../../shared/ui/language';
import { useDocumentLanguage } from '../lib/i18n';
import { MARKS, markAfterPaint } from '../lib/perf';

let firstPaintMarked = false;

/**
 * The first screen and the one the kiosk returns to: every offered language by the name its
 * speakers use, no flags. The question is asked in the first offered language and in English.
 */
export function LanguageScreen({ languages, locationName, onChoose }: { languages: LanguageCode[]; locationName: string | null; onChoose(language: LanguageCode): void }) {
  const first = languages[0] ?? 'nl';
  useDocumentLanguage(first);
  useEffect(() => {
    if (firstPaintMarked) return;
    firstPaintMarked = true;
    markAfterPaint(MARKS.languageScreen);
  }, []);
  useEffect(() => markAfterPaint(MARKS.painted, 'language'), []);
  const questions = [...new Set<LanguageCode>([first, 'en'])];

  return (
    <main className="screen language-screen" data-screen="language">
      <header className="language-header">
        <p className="brand">Wegwijs</p>
        {locationName && <p className="location-name">{locationName}</p>}
      </header>
      <h1 className="language-title">
        <Icon name="globe" size={64} />
        <span className="language-questions">
          {questions.map((code) => (
            <span key={code} lang={code} dir={dirOf(code)}>
              {languageInfo(code).chooseLanguage}
            </span>
          ))}
        </span>
      </h1>
      <ul className={`language-grid count-${languages.length > 8 ? 'many' : 'few'}`}>
        {languages.map((code) => (
          <li key={code}>
            <button type="button" className="language-choice" lang={code} dir={dirOf(code)} onClick={() => onChoose(code)}>
              {languageInfo(code).nativeName}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
