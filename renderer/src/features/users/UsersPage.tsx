import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Alert, Button, CircularProgress, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';
import { readError } from '../../lib/form-errors';
import { UserTable } from './UserTable';
import { UserDirectory } from './UserDirectory';
import { NewUserDialog } from './NewUserDialog';
import { PageHeader } from '../../components/PageHeader';

/** '#/users'. Admins manage; everyone else sees the directory. */
export function UsersPage() {
  const trpc = useTRPC();
  const { t } = useTranslation('users');
  const session = useQuery(trpc.session.get.queryOptions());
  const isAdmin = session.data?.user.role === 'admin';
  const tenantName = session.data?.tenant?.name ?? '';
  const users = useQuery({ ...trpc.users.list.queryOptions(), enabled: isAdmin });
  const [creating, setCreating] = useState(false);

  return (
    <Stack spacing={3}>
      <PageHeader title={t('title')} intro={isAdmin ? t('intro', { tenant: tenantName }) : t('introReadOnly', { tenant: tenantName })}>
        {isAdmin && (
          <Button variant="contained" onClick={() => setCreating(true)} sx={{ flexShrink: 0 }}>
            {t('newUser')}
          </Button>
        )}
      </PageHeader>

      {session.isSuccess && !isAdmin && <UserDirectory myId={session.data?.user.id} />}
      {isAdmin && (
        <>
          {users.isPending && <CircularProgress />}
          {users.isError && <Alert severity="error">{t('loadFailed', { message: readError(users.error).message })}</Alert>}
          {users.isSuccess && <UserTable users={users.data} myId={session.data?.user.id} />}
        </>
      )}

      {creating && <NewUserDialog onClose={() => setCreating(false)} />}
    </Stack>
  );
}
