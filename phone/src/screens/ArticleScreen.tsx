import { useMemo } from 'react';
import { safeHtml } from '../../../renderer/src/lib/safe-html';
import { ContactCard } from '../../../kiosk/src/components/ContactCard';
import { FallbackNote } from '../../../kiosk/src/components/FallbackNote';
import { dirOf, useText } from '../../../kiosk/src/lib/i18n';
import { TextWith } from '../../../kiosk/src/lib/text-with';
import { ShareButton } from '../components/ShareButton';
import { PhoneIcon } from '../components/PhoneIcon';
import { usePhoneText } from '../lib/i18n';
import { usePhone } from '../lib/phone-context';

/** One article, as on the kiosk (source, language note, text, contact card), plus keep and share. */
export function ArticleScreen({ itemId }: { itemId: string }) {
  const { bundle, saved, toggleSaved } = usePhone();
  const t = useText();
  const p = usePhoneText();
  const entry = bundle.entries.find((e) => e.id === itemId);
  const body = useMemo(() => (entry ? safeHtml(entry.body) : ''), [entry]);
  if (!entry) return <p className="empty">{t('notAvailable')}</p>;

  const textLang = { lang: entry.shownLanguage, dir: dirOf(entry.shownLanguage) };
  const kept = saved.has(entry.id);
  return (
    <article className="article">
      {entry.isFallback && <FallbackNote shownLanguage={entry.shownLanguage} />}
      {entry.kind === 'urgent' && <p className="entry-flag">{t('urgent')}</p>}
      <h1 className="article-title" {...textLang}>
        {entry.title}
      </h1>
      <p className="article-source">
        <TextWith text={t('from')} parts={{ organisation: <bdi className="source-name">{entry.tenantName}</bdi> }} />
      </p>
      <div className="article-actions">
        <button type="button" className={`button${kept ? ' button-on' : ''}`} aria-pressed={kept} onClick={() => void toggleSaved(entry.id)}>
          <PhoneIcon name="bookmark" />
          {kept ? p('saved') : p('save')}
        </button>
        <ShareButton title={entry.title} />
      </div>
      {entry.summary && (
        <p className="article-summary" {...textLang}>
          {entry.summary}
        </p>
      )}
      {entry.images.map((img) => (
        <img key={img.mediaId} className="article-image" src={`/media/${img.mediaId}`} alt="" loading="lazy" />
      ))}
      {/* Sanitized with the shared allowlist again here, though the hub cleaned it on write. */}
      <div className="article-text rich-text" {...textLang} dangerouslySetInnerHTML={{ __html: body }} />
      <ContactCard contact={entry.contact} links={entry.links} />
    </article>
  );
}
