import { useTranslation } from 'react-i18next';
import { Alert, Chip, CircularProgress, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';
import { readError } from '../../lib/form-errors';

/** Everyone in the tenant, read-only: names, roles, whether the account is active. No e-mail addresses. */
export function UserDirectory({ myId }: { myId: string | undefined }) {
  const trpc = useTRPC();
  const { t } = useTranslation('users');
  const directory = useQuery(trpc.users.directory.queryOptions());

  if (directory.isPending) return <CircularProgress />;
  if (directory.isError) return <Alert severity="error">{t('loadFailed', { message: readError(directory.error).message })}</Alert>;
  return (
    <TableContainer component={Paper} variant="outlined" sx={{ maxWidth: 960 }}>
      <Table aria-label={t('title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('name')}</TableCell>
            <TableCell>{t('role')}</TableCell>
            <TableCell>{t('status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {directory.data.map((u) => (
            <TableRow key={u.id} data-user-id={u.id}>
              <TableCell sx={{ fontWeight: 600 }}>
                {u.name}
                {u.id === myId && (
                  <Typography component="span" color="text.secondary" sx={{ fontWeight: 400, fontSize: 'inherit' }}>
                    {' '}
                    ({t('you')})
                  </Typography>
                )}
              </TableCell>
              <TableCell>{t(`role_${u.role}`)}</TableCell>
              <TableCell>
                <Chip size="small" label={u.active ? t('active') : t('inactive')} color={u.active ? 'success' : 'default'} variant="outlined" />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
