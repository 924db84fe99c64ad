import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { HomeBrand, HomeView } from '../../../shared/ui/HomeView';
import { useLanguage } from '../../../shared/ui/language';
import { Loading } from '../../../shared/ui/Loading';
import { WorkerScreen } from '../../../shared/ui/WorkerScreen';
import { MARKS, markAfterPaint } from '../lib/perf';
import { useTRPC } from '../trpc';
import { useCountOnce } from '../../../shared/ui/usage';

/** Urgent notices, the topics, the search and the app's QR code, from the local store. */
export function HomeScreen({ locationName }: { locationName: string | null }) {
  const trpc = useTRPC();
  const language = useLanguage();
  const home = useQuery(trpc.home.queryOptions({ language }));
  const ready = !!home.data;
  useCountOnce(home.data?.phoneAppUrl ? { kind: 'qr_shown', language } : null, home.data?.phoneAppUrl ?? '');
  useEffect(() => {
    if (ready) markAfterPaint(MARKS.painted, 'home');
  }, [ready]);

  return (
    <WorkerScreen name="home" bar={<HomeBrand locationName={locationName} />}>
      {home.data ? <HomeView home={home.data} phoneAppUrl={home.data.phoneAppUrl} /> : <Loading />}
    </WorkerScreen>
  );
}
