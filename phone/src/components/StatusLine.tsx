import { useLanguage, useText } from '../../../shared/ui/language';
import { TextWith } from '../../../shared/ui/TextWith';
import { usePhone } from '../lib/phone-context';

/** "Updated: 10:42" while online; "Offline. Information from: 28 Nov 2026" without a connection. */
export function StatusLine() {
  const { status } = usePhone();
  const language = useLanguage();
  const t = useText();
  const at = new Date(status.checkedAt);
  const sameDay = at.toDateString() === new Date().toDateString();
  const when = status.online
    ? new Intl.DateTimeFormat(language, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(at)
    : new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(at);
  return (
    <p className={`status${status.online ? '' : ' status-offline'}`} role="status" data-testid="status">
      {status.checking ? t('checking') : <TextWith text={t(status.online ? 'updated' : 'offlineFrom')} parts={{ time: <bdi>{when}</bdi>, date: <bdi>{when}</bdi> }} />}
    </p>
  );
}
