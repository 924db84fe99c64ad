import { useTranslation } from 'react-i18next';
import { lazy, Suspense, type ComponentType } from 'react';
import { CircularProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc';
import { useRoute } from '../router';
import { Shell } from './Shell';
import { SignInPage } from '../features/signin/SignInPage';

// Each page is its own chunk, loaded when first opened: the sign-in screen and dashboard come up fast.
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const ContentListPage = lazy(() => import('../features/content/ContentListPage').then((m) => ({ default: m.ContentListPage })));
const EditorPage = lazy(() => import('../features/content/EditorPage').then((m) => ({ default: m.EditorPage })));
const ConflictsPage = lazy(() => import('../features/conflicts/ConflictsPage').then((m) => ({ default: m.ConflictsPage })));
const LocationsPage = lazy(() => import('../features/locations/LocationsPage').then((m) => ({ default: m.LocationsPage })));
const KiosksPage = lazy(() => import('../features/kiosks/KiosksPage').then((m) => ({ default: m.KiosksPage })));
const UsersPage = lazy(() => import('../features/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const PreviewPage = lazy(() => import('../features/preview/PreviewPage').then((m) => ({ default: m.PreviewPage })));
const StatisticsPage = lazy(() => import('../features/statistics/StatisticsPage').then((m) => ({ default: m.StatisticsPage })));
const FeedbackPage = lazy(() => import('../features/feedback/FeedbackPage').then((m) => ({ default: m.FeedbackPage })));
const AuditPage = lazy(() => import('../features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));

type Page = ComponentType<{ params?: string[] }>;

/** First path segment → screen. The content editor takes the rest of the path (item id). */
const ROUTES: Record<string, Page> = {
  dashboard: DashboardPage,
  content: ContentListPage,
  item: EditorPage,
  conflicts: ConflictsPage,
  locations: LocationsPage,
  kiosks: KiosksPage,
  users: UsersPage,
  preview: PreviewPage,
  audit: AuditPage,
  statistics: StatisticsPage,
  feedback: FeedbackPage,
};

export function App() {
  const trpc = useTRPC();
  const session = useQuery(trpc.session.get.queryOptions());
  const [first = 'dashboard', ...params] = useRoute();
  const { t } = useTranslation('shell');

  if (session.isPending) {
    return (
      <Stack sx={{ alignItems: 'center', justifyContent: 'center', height: '100vh' }}>
        <CircularProgress />
      </Stack>
    );
  }
  if (!session.data) return <SignInPage />;
  const Page = ROUTES[first];
  return (
    <Shell current={first}>
      <Suspense fallback={<CircularProgress sx={{ m: 4 }} aria-label={t('loading')} />}>{Page ? <Page params={params} /> : <Typography>{t('notFound')}</Typography>}</Suspense>
    </Shell>
  );
}
