import { useTranslation } from 'react-i18next';
import { Button, Chip, FormHelperText, MenuItem, Stack, TableCell, TableRow, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { UserView } from '../../../../shared/admin';
import { ROLES, type Role } from '../../../../shared/categories';
import { useTRPC } from '../../trpc';
import { useLanguage } from '../../i18n';
import { formErrors } from '../../lib/form-errors';
import { useUserCache } from './useUserCache';

/** One user for an admin: the role can be changed in place, the account (de)activated; refusals show right there. */
export function UserRow({ user, isMe }: { user: UserView; isMe: boolean }) {
  const trpc = useTRPC();
  const { t } = useTranslation('users');
  const { language } = useLanguage();
  const remember = useUserCache();
  const setRole = useMutation(trpc.users.setRole.mutationOptions({ onSuccess: remember }));
  const setActive = useMutation(trpc.users.setActive.mutationOptions({ onSuccess: remember }));
  const roleError = setRole.isError ? errorText(setRole.error) : null;
  const activeError = setActive.isError ? errorText(setActive.error) : null;

  function errorText(error: unknown): string {
    const { fields, form } = formErrors(error);
    return Object.values(fields)[0] ?? form ?? '';
  }

  return (
    <TableRow data-user-id={user.id} data-email={user.email} sx={{ verticalAlign: 'top' }}>
      <TableCell sx={{ fontWeight: 600, pt: 2.5 }}>
        {user.name}
        {isMe && (
          <Typography component="span" color="text.secondary" sx={{ fontWeight: 400, fontSize: 'inherit' }}>
            {' '}
            ({t('you')})
          </Typography>
        )}
      </TableCell>
      <TableCell sx={{ pt: 2.5 }}>{user.email}</TableCell>
      <TableCell sx={{ width: 220 }}>
        <TextField
          select
          size="small"
          fullWidth
          value={user.role}
          disabled={setRole.isPending}
          slotProps={{ htmlInput: { 'aria-label': t('role') } }}
          onChange={(e) => {
            setActive.reset();
            setRole.mutate({ userId: user.id, role: e.target.value as Role });
          }}
          error={!!roleError}
          helperText={roleError}
        >
          {ROLES.map((r) => (
            <MenuItem key={r} value={r}>
              {t(`role_${r}`)}
            </MenuItem>
          ))}
        </TextField>
      </TableCell>
      <TableCell sx={{ pt: 2.25 }}>
        <Chip size="small" label={user.active ? t('active') : t('inactive')} color={user.active ? 'success' : 'default'} variant="outlined" />
      </TableCell>
      <TableCell sx={{ pt: 2.5, whiteSpace: 'nowrap' }}>{new Date(user.createdAt).toLocaleDateString(language, { dateStyle: 'medium' })}</TableCell>
      <TableCell align="right" sx={{ width: 260 }}>
        <Stack sx={{ alignItems: 'flex-end' }}>
          <Button
            size="small"
            color={user.active ? 'error' : 'primary'}
            loading={setActive.isPending}
            sx={{ mt: 0.75 }}
            onClick={() => {
              setRole.reset();
              setActive.mutate({ userId: user.id, active: !user.active });
            }}
          >
            {user.active ? t('deactivate') : t('reactivate')}
          </Button>
          {activeError && (
            <FormHelperText error role="alert" sx={{ textAlign: 'right', mx: 0 }}>
              {activeError}
            </FormHelperText>
          )}
        </Stack>
      </TableCell>
    </TableRow>
  );
}
