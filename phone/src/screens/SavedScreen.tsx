import { useText } from '../../../shared/ui/language';
import { EntryList } from '../../../shared/ui/EntryList';
import { usePhone } from '../lib/phone-context';

/** The articles the worker kept, in the order of the home screen; kept ones that left the place are gone here too. */
export function SavedScreen() {
  const { bundle, saved } = usePhone();
  const t = useText();
  const entries = bundle.entries.filter((e) => saved.has(e.id));
  return (
    <main className="screen-body list-body">
      <h1 className="page-title">{t('savedTitle')}</h1>
      {entries.length ? <EntryList entries={entries} /> : <p className="empty">{t('savedEmpty')}</p>}
    </main>
  );
}
