import { useTranslation } from 'react-i18next';
import type { ComponentType } from 'react';
import { CircularProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc';
import { useRoute } from '../router';
import { Shell } from './Shell';
import { SignInPage } from '../features/signin/SignInPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ContentListPage } from '../features/content/ContentListPage';
import { EditorPage } from '../features/content/EditorPage';
import { ConflictsPage } from '../features/conflicts/ConflictsPage';
import { LocationsPage } from '../features/locations/LocationsPage';
import { KiosksPage } from '../features/kiosks/KiosksPage';
import { UsersPage } from '../features/users/UsersPage';
import { PreviewPage } from '../features/preview/PreviewPage';
import { AuditPage } from '../features/audit/AuditPage';

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
  return <Shell current={first}>{Page ? <Page params={params} /> : <Typography>{t('notFound')}</Typography>}</Shell>;
}
