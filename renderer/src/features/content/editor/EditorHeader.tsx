import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { Box, Chip, Link, Stack, Typography } from '@mui/material';
import type { Item } from '../../../../../shared/content';
import { href } from '../../../router';
import { PublishStateChip } from '../../../components/StatusChips';
import type { PublishState } from '../../../components/labels';

interface Props {
  item: Item | null;
  /** Judged by the desktop core on the hub's clock. */
  state: PublishState | null;
  title: string;
  pending: boolean;
  conflicts: number;
  dirty: boolean;
  /** The unsaved changes are kept by the desktop core. */
  kept: boolean;
  actions: ReactNode;
}

/** Stays at the top while scrolling: what this item is, where it stands, and the actions. */
export function EditorHeader({ item, state, title, pending, conflicts, dirty, kept, actions }: Props) {
  const { t } = useTranslation('editor');
  return (
    <Box sx={{ position: 'sticky', top: 64, zIndex: 3, bgcolor: 'background.default', mx: -3, px: 3, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
      <Link href={href('content')} underline="hover" variant="body2">
        {t('back')}
      </Link>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', mt: 0.5 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h5" component="h1" noWrap sx={{ fontWeight: 600 }} data-testid="editor-title">
            {title}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', mt: 0.5, flexWrap: 'wrap' }}>
            {item && state && <PublishStateChip state={state} />}
            {item && item.revision > 0 && (
              <Typography variant="body2" color="text.secondary">
                {t('revision', { n: item.revision })}
              </Typography>
            )}
            {item && (pending ? <Chip size="small" color="info" label={t('pending')} data-testid="item-pending" /> : <Chip size="small" variant="outlined" color="success" label={t('synced')} data-testid="item-synced" />)}
            {conflicts > 0 && <Chip size="small" color="error" label={t('conflict')} component="a" href={href('conflicts')} clickable />}
            {dirty && <Chip size="small" color="warning" variant="outlined" label={kept ? t('kept') : t('unsaved')} data-testid="item-dirty" data-kept={kept} />}
          </Stack>
        </Box>
        <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
          {actions}
        </Stack>
      </Stack>
    </Box>
  );
}
