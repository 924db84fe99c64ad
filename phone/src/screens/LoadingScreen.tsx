import { useText } from '../../../shared/ui/language';
import { Loading } from '../../../shared/ui/Loading';

/** The very first open of a place: its content is on its way, or there is no connection to get it. */
export function LoadingScreen({ failed }: { failed: boolean }) {
  const t = useText();
  if (!failed) return <Loading />;
  return (
    <main className="screen-body loading">
      <p className="brand">Wegwijs</p>
      <p role="status">{t('firstLoadFailed')}</p>
    </main>
  );
}
