import { languageInfo, type LanguageCode } from '../../../shared/languages';
import { useText } from '../lib/i18n';
import { TextWith } from '../lib/text-with';
import { Icon } from './Icon';

/** Says in the worker's own language that this text is shown in another one, and which. */
export function FallbackNote({ shownLanguage }: { shownLanguage: LanguageCode }) {
  const t = useText();
  return (
    <p className="fallback-note" role="note" data-testid="fallback-note">
      <Icon name="info" size={44} />
      <span>
        <TextWith text={t('fallbackNote')} parts={{ language: <LanguageName code={shownLanguage} /> }} />
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
