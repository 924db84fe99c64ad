import { homeOverview } from '../../../shared/merged-feed';
import { HomeView } from '../../../shared/ui/HomeView';
import { InstallHint } from '../components/InstallHint';
import { usePhone } from '../lib/phone-context';

/** The kiosk's home (urgent notices, topic tiles, search), then how to keep the app on the phone. */
export function HomeScreen() {
  const { bundle } = usePhone();
  return (
    <>
      <HomeView home={homeOverview(bundle.entries)} phoneAppUrl={null} />
      <InstallHint />
    </>
  );
}
