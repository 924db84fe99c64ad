import { languageInfo, type LanguageCode } from '../languages';
import type { FeedListEntry } from '../merged-feed';
import { Icon } from './Icon';
import { useText } from './language';
import { TextWith } from './TextWith';

/** Says in the worker's own language that this text is shown in another one, and which. */
export function TranslationNote({ entry }: { entry: Pick<FeedListEntry, 'isFallback' | 'shownLanguage'> }) {
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

export function LanguageName({ code }: { code: LanguageCode }) {
  const info = languageInfo(code);
  return (
    <bdi lang={code} className="language-name">
      {info.nativeName}
    </bdi>
  );
}
