import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, ListItemText, MenuItem, Stack, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { ROLES, type Role } from '../../../../shared/categories';
import { useTRPC } from '../../trpc';
import { formErrors } from '../../lib/form-errors';
import { useUserCache } from './useUserCache';

/** A new account in the admin's own tenant. The desktop core and the hub check it; errors show beside the field. */
export function NewUserDialog({ onClose }: { onClose(): void }) {
  const trpc = useTRPC();
  const { t } = useTranslation('users');
  const remember = useUserCache();
  const [draft, setDraft] = useState({ email: '', name: '', role: 'editor' as Role, password: '' });
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: (user) => {
        remember(user);
        onClose();
      },
    }),
  );
  const errors = formErrors(create.error);
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(draft);
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth slotProps={{ paper: { component: 'form', onSubmit: submit, noValidate: true } as object }}>
      <DialogTitle>{t('createTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          {errors.form && <Alert severity="error">{errors.form}</Alert>}
          <TextField label={t('email')} type="email" value={draft.email} onChange={set('email')} error={!!errors.fields.email} helperText={errors.fields.email} required autoFocus autoComplete="off" />
          <TextField label={t('name')} value={draft.name} onChange={set('name')} error={!!errors.fields.name} helperText={errors.fields.name} required autoComplete="off" />
          <TextField
            select
            label={t('role')}
            value={draft.role}
            onChange={set('role')}
            error={!!errors.fields.role}
            helperText={errors.fields.role}
            slotProps={{ select: { renderValue: (value) => t(`role_${value as Role}`) } }}
          >
            {ROLES.map((r) => (
              <MenuItem key={r} value={r}>
                <ListItemText primary={t(`role_${r}`)} secondary={t(`roleHelp_${r}`)} sx={{ my: 0 }} />
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('password')}
            type="password"
            value={draft.password}
            onChange={set('password')}
            error={!!errors.fields.password}
            helperText={errors.fields.password ?? t('passwordHelp')}
            required
            autoComplete="new-password"
            slotProps={{ formHelperText: { 'data-testid': 'password-help' } as object }}
          />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('cancel')}</Button>
        <Button type="submit" variant="contained" loading={create.isPending}>
          {t('create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
