import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Alert, Button, CircularProgress, Stack, Tab, Tabs } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';
import { navigate } from '../../router';
import { readError } from '../../lib/form-errors';
import { UserTable } from './UserTable';
import { UserDirectory } from './UserDirectory';
import { NewUserDialog } from './NewUserDialog';
import { AuditTrail } from './AuditTrail';
import { PageHeader } from '../../components/PageHeader';

/** '#/users' and '#/users/audit'. Admins manage; everyone else sees the directory. */
export function UsersPage({ params = [] }: { params?: string[] }) {
  const trpc = useTRPC();
  const { t } = useTranslation('users');
  const session = useQuery(trpc.session.get.queryOptions());
  const isAdmin = session.data?.user.role === 'admin';
  const tenantName = session.data?.tenant?.name ?? '';
  const users = useQuery({ ...trpc.users.list.queryOptions(), enabled: isAdmin });
  const [creating, setCreating] = useState(false);
  const tab = isAdmin && params[0] === 'audit' ? 'audit' : 'users';

  return (
    <Stack spacing={3}>
      <PageHeader title={t('title')} intro={isAdmin ? t('intro', { tenant: tenantName }) : t('introReadOnly', { tenant: tenantName })}>
        {isAdmin && tab === 'users' && (
          <Button variant="contained" onClick={() => setCreating(true)} sx={{ flexShrink: 0 }}>
            {t('newUser')}
          </Button>
        )}
      </PageHeader>

      {isAdmin && (
        <Tabs value={tab} onChange={(_, v: string) => (v === 'audit' ? navigate('users', 'audit') : navigate('users'))} sx={{ borderBottom: 1, borderColor: 'divider' }}>
          <Tab value="users" label={t('tabUsers')} />
          <Tab value="audit" label={t('tabAudit')} />
        </Tabs>
      )}

      {session.isSuccess && !isAdmin && <UserDirectory myId={session.data?.user.id} />}
      {isAdmin && tab === 'users' && (
        <>
          {users.isPending && <CircularProgress />}
          {users.isError && <Alert severity="error">{t('loadFailed', { message: readError(users.error).message })}</Alert>}
          {users.isSuccess && <UserTable users={users.data} myId={session.data?.user.id} />}
        </>
      )}
      {isAdmin && tab === 'audit' && <AuditTrail tenantName={tenantName} isMunicipality={session.data?.tenant?.kind === 'municipality'} />}

      {creating && <NewUserDialog onClose={() => setCreating(false)} />}
    </Stack>
  );
}
