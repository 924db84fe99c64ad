import { useTranslation } from 'react-i18next';
import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import type { UserView } from '../../../../shared/admin';
import { UserRow } from './UserRow';

/** The tenant's users as its admin manages them. */
export function UserTable({ users, myId }: { users: UserView[]; myId: string | undefined }) {
  const { t } = useTranslation('users');
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table aria-label={t('title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('name')}</TableCell>
            <TableCell>{t('email')}</TableCell>
            <TableCell>{t('role')}</TableCell>
            <TableCell>{t('status')}</TableCell>
            <TableCell>{t('since')}</TableCell>
            <TableCell align="right">{t('actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {users.map((u) => (
            <UserRow key={u.id} user={u} isMe={u.id === myId} />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
