import { languageInfo, type LanguageCode } from '../languages';
import type { FeedEntry } from '../merged-feed';
import { Icon } from './Icon';
import { useLanguage, useText } from './language';
import { TextWith } from './TextWith';

/** Says in the worker's own language that this text is shown in another one, and which. */
export function FallbackNote({ entry }: { entry: Pick<FeedEntry, 'isFallback' | 'shownLanguage'> }) {
  const t = useText();
  if (!entry.isFallback) return null;
  return (
    <p className="fallback-note" role="note" data-testid="fallback-note" data-shown-language={entry.shownLanguage}>
      <Icon name="info" size={44} />
      <span>
        <TextWith text={t('fallbackNote')} parts={{ language: <LanguageName code={entry.shownLanguage} /> }} />
      </span>
    </p>
  );
}

/** "30 listopada 2026": a date in the worker's language. */
function longDate(iso: string, language: LanguageCode): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

interface OutdatedNoteProps {
  entry: Pick<FeedEntry, 'originalChangedAt' | 'sourceLanguage'>;
  /** True while the worker reads the original instead of the translation. */
  readingOriginal: boolean;
  /** Absent until the original is at hand. */
  onToggle?(): void;
}

/**
 * For a translation made before its original last changed: it is still the worker's best text,
 * so it stays, with the date the original changed and a button to read the original instead.
 */
export function OutdatedNote({ entry, readingOriginal, onToggle }: OutdatedNoteProps) {
  const t = useText();
  const language = useLanguage();
  if (!entry.originalChangedAt) return null;
  const original = <LanguageName code={entry.sourceLanguage} />;
  return (
    <div className="fallback-note outdated-note" role="note" data-testid="outdated-note" data-reading={readingOriginal ? 'original' : 'translation'}>
      <Icon name="info" size={44} />
      <div className="note-text">
        <p>
          {readingOriginal ? (
            <TextWith text={t('originalNote')} parts={{ language: original }} />
          ) : (
            <TextWith text={t('outdatedNote')} parts={{ language: original, date: <bdi>{longDate(entry.originalChangedAt, language)}</bdi> }} />
          )}
        </p>
        {onToggle && (
          <button type="button" className="note-button" onClick={onToggle} data-testid="toggle-original">
            {readingOriginal ? t('showTranslation') : t('showOriginal')}
          </button>
        )}
      </div>
    </div>
  );
}

export function LanguageName({ code }: { code: LanguageCode }) {
  const info = languageInfo(code);
  return (
    <bdi lang={code} className="language-name">
      {info.nativeName}
    </bdi>
  );
}
