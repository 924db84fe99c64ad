import { ArticleView } from '../../../shared/ui/ArticleView';
import { FeedbackBox } from '../../../shared/ui/FeedbackBox';
import { feedbackOutbox } from '../lib/feedback-outbox';
import { useText } from '../../../shared/ui/language';
import { PhoneIcon } from '../components/PhoneIcon';
import { ShareButton } from '../components/ShareButton';
import { usePhone } from '../lib/phone-context';

/** The kiosk's article (source, language notes with the original, text, contact card with links), plus keep and share. */
export function ArticleScreen({ itemId }: { itemId: string }) {
  const { bundle, saved, toggleSaved, place } = usePhone();
  const t = useText();
  const entry = bundle.entries.find((e) => e.id === itemId);
  if (!entry) {
    return (
      <main className="screen-body">
        <p className="empty">{t('notAvailable')}</p>
      </main>
    );
  }
  const kept = saved.has(entry.id);
  const actions = (
    <div className="article-actions">
      <button type="button" className={`button${kept ? ' button-on' : ''}`} aria-pressed={kept} onClick={() => void toggleSaved(entry.id)}>
        <PhoneIcon name="bookmark" />
        {kept ? t('saved') : t('save')}
      </button>
      <ShareButton title={entry.title} />
    </div>
  );
  const feedback = (
    <FeedbackBox
      withText
      send={(message) => feedbackOutbox.send({ ...message, locationId: place.locationId, itemId: entry.id, language: place.language })}
    />
  );
  return <ArticleView entry={entry} original={bundle.originals[entry.id]} actions={actions} feedback={feedback} renderImage={(mediaId) => <img key={mediaId} className="article-image" src={`/media/${mediaId}`} alt="" loading="lazy" />} />;
}
