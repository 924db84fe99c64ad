import { kioskText } from '../../../shared/kiosk-strings';
import { useLanguage } from '../../../kiosk/src/lib/i18n';
import { phoneText } from '../phone-strings';

/** The very first open of a place: its content is on its way, or there is no connection to get it. */
export function LoadingScreen({ failed }: { failed: boolean }) {
  const language = useLanguage();
  return (
    <main className="loading" data-screen="loading" aria-busy={!failed}>
      <p className="brand">Wegwijs</p>
      <p role="status">{failed ? phoneText(language, 'firstLoadFailed') : kioskText(language, 'loading')}</p>
    </main>
  );
}
