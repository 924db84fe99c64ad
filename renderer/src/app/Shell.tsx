import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import {
  AppBar,
  Badge,
  Box,
  Button,
  Drawer,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  ToggleButton,
  ToggleButtonGroup,
  Toolbar,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../trpc';
import { href, leave } from '../router';
import { UI_LANGUAGES, useLanguage } from '../i18n';
import { SyncStatusChip } from './SyncStatusChip';
import { FEEDBACK_REFRESH_MS } from '../features/feedback/refresh';

const DRAWER = 232;

type NavKey = 'navDashboard' | 'navContent' | 'navConflicts' | 'navLocations' | 'navKiosks' | 'navUsers' | 'navPreview' | 'navAudit' | 'navStatistics' | 'navFeedback';
const NAV: { route: string; label: NavKey; icon: string; municipalityOnly?: boolean; adminOnly?: boolean }[] = [
  { route: 'dashboard', label: 'navDashboard', icon: '▦' },
  { route: 'content', label: 'navContent', icon: '☰' },
  { route: 'conflicts', label: 'navConflicts', icon: '⇄' },
  { route: 'feedback', label: 'navFeedback', icon: '✎' },
  { route: 'preview', label: 'navPreview', icon: '▭' },
  { route: 'locations', label: 'navLocations', icon: '⌂' },
  { route: 'kiosks', label: 'navKiosks', icon: '□', municipalityOnly: true },
  { route: 'users', label: 'navUsers', icon: '☺' },
  { route: 'statistics', label: 'navStatistics', icon: '▤' },
  { route: 'audit', label: 'navAudit', icon: '≡', adminOnly: true },
];

export function Shell({ current, children }: { current: string; children: ReactNode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useTranslation('shell');
  const { language, setLanguage } = useLanguage();
  const session = useQuery(trpc.session.get.queryOptions());
  const signOut = useMutation(trpc.session.signOut.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }));
  const tenant = session.data?.tenant;
  // Feedback workers sent since someone last looked: a number beside "Feedback".
  const newFeedback = useQuery({ ...trpc.feedback.newCount.queryOptions(), refetchInterval: FEEDBACK_REFRESH_MS, enabled: !!session.data });

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" color="inherit" elevation={0} sx={{ zIndex: (th) => th.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" color="primary" sx={{ fontWeight: 700 }}>
            {t('appName')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }} noWrap>
            {tenant?.name} · {session.data?.user.name}
          </Typography>
          <SyncStatusChip />
          <ToggleButtonGroup size="small" exclusive value={language} aria-label={t('language')} onChange={(_, l) => l && setLanguage(l)}>
            {UI_LANGUAGES.map((l) => (
              <ToggleButton key={l} value={l} lang={l}>
                {l.toUpperCase()}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          <Button onClick={() => leave(() => signOut.mutate())}>{t('signOut')}</Button>
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" sx={{ width: DRAWER, [`& .MuiDrawer-paper`]: { width: DRAWER, boxSizing: 'border-box' } }}>
        <Toolbar />
        <List component="nav">
          {NAV.filter((n) => (!n.municipalityOnly || tenant?.kind === 'municipality') && (!n.adminOnly || session.data?.user.role === 'admin')).map((n) => (
            <ListItemButton key={n.route} component="a" href={href(n.route)} selected={current === n.route || (n.route === 'content' && current === 'item')}>
              <ListItemIcon sx={{ minWidth: 32, fontSize: 18 }} aria-hidden>
                {n.icon}
              </ListItemIcon>
              <ListItemText primary={t(n.label)} />
              {n.route === 'feedback' && !!newFeedback.data && (
                <Badge badgeContent={newFeedback.data} color="error" max={999} data-testid="feedback-badge" aria-label={t('newFeedback', { n: newFeedback.data })} sx={{ mr: 1.5 }} />
              )}
            </ListItemButton>
          ))}
        </List>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar />
        {children}
      </Box>
    </Box>
  );
}
