import { LANGUAGES, languageInfo, type LanguageCode } from '../../../shared/languages';
import { Icon } from '../../../shared/ui/Icon';
import { dirOf } from '../../../shared/ui/language';
import { useDocumentLanguage } from '../lib/i18n';

/** The same languages as the kiosk, by the names their speakers use; the question in the current language and English. */
export function LanguageScreen({ current, onChoose }: { current: LanguageCode | null; onChoose(language: LanguageCode): void }) {
  const first = current ?? 'en';
  useDocumentLanguage(first);
  const questions = [...new Set<LanguageCode>([first, 'en'])];
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
      <ul className="language-grid">
        {LANGUAGES.map(({ code, nativeName }) => (
          <li key={code}>
            <button type="button" className="language-choice" lang={code} dir={dirOf(code)} aria-current={code === current || undefined} onClick={() => onChoose(code)}>
              {nativeName}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
