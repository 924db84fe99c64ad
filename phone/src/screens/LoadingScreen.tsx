import { Loading } from '../../../shared/ui/Loading';
import { usePhoneText } from '../lib/i18n';

/** The very first open of a place: its content is on its way, or there is no connection to get it. */
export function LoadingScreen({ failed }: { failed: boolean }) {
  const p = usePhoneText();
  if (!failed) return <Loading />;
  return (
    <main className="screen-body loading">
      <p className="brand">Wegwijs</p>
      <p role="status">{p('firstLoadFailed')}</p>
    </main>
  );
}
