import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Paper, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';
import { UI_LANGUAGES, useLanguage } from '../../i18n';
import { serverErrors, type FieldErrors } from '../../components/errors';

const HUB_KEY = 'wegwijs.hub-url';
/** The hub `npm start` runs; the address used last time wins. */
const DEFAULT_HUB = 'http://127.0.0.1:4310';

export function SignInPage(_props: { params?: string[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useTranslation('signin');
  const { language, setLanguage } = useLanguage();
  const [hubUrl, setHubUrl] = useState(() => localStorage.getItem(HUB_KEY) ?? DEFAULT_HUB);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);

  const signIn = useMutation(
    trpc.session.signIn.mutationOptions({
      onSuccess: async () => {
        localStorage.setItem(HUB_KEY, hubUrl.trim());
        setPassword('');
        await queryClient.resetQueries();
      },
      onError: (err) => {
        const found = serverErrors(err);
        // The hub cannot be reached: that is about the address.
        if (found.code === 'SERVICE_UNAVAILABLE') found.fields.hubUrl ??= found.message;
        setErrors(found.fields);
        setGeneral(Object.keys(found.fields).length ? null : found.message);
      },
    }),
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setGeneral(null);
    signIn.mutate({ hubUrl: hubUrl.trim(), email: email.trim(), password });
  };

  const field = (key: 'hubUrl' | 'email' | 'password') => ({
    error: !!errors[key],
    helperText: errors[key] ?? (key === 'hubUrl' ? t('hubUrlHelp') : undefined),
  });

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'background.default', p: 3 }}>
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: 460, p: 4 }}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 3 }}>
          <Typography variant="h6" color="primary" sx={{ fontWeight: 700 }}>
            {t('appName')}
          </Typography>
          <ToggleButtonGroup size="small" exclusive value={language} aria-label={t('language')} onChange={(_, l) => l && setLanguage(l)}>
            {UI_LANGUAGES.map((l) => (
              <ToggleButton key={l} value={l} lang={l}>
                {l.toUpperCase()}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Stack>
        <Typography variant="h4" component="h1" sx={{ mb: 1 }}>
          {t('title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t('intro')}
        </Typography>
        <Stack component="form" spacing={2.5} onSubmit={submit} noValidate>
          {general && <Alert severity="error">{general || t('failed')}</Alert>}
          <TextField label={t('hubUrl')} value={hubUrl} onChange={(e) => setHubUrl(e.target.value)} autoComplete="url" required {...field('hubUrl')} />
          <TextField label={t('email')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="username" autoFocus required {...field('email')} />
          <TextField label={t('password')} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required {...field('password')} />
          <Button type="submit" variant="contained" size="large" disabled={signIn.isPending}>
            {signIn.isPending ? t('busy') : t('submit')}
          </Button>
        </Stack>
      </Paper>
    </Box>
  );
}
