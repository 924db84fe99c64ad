import { useTranslation } from 'react-i18next';
import { List, ListItemButton, ListItemText, Paper } from '@mui/material';
import type { LocationView } from '../../../../shared/admin';
import { href } from '../../router';

export function LocationList({ locations, selectedId }: { locations: LocationView[]; selectedId: string }) {
  const { t } = useTranslation('locations');
  return (
    <Paper variant="outlined">
      <List component="nav" aria-label={t('title')} disablePadding>
        {locations.map((l) => (
          <ListItemButton key={l.id} component="a" href={href('locations', l.id)} selected={l.id === selectedId} divider>
            <ListItemText primary={l.name} secondary={`${t(`kind_${l.kind}`)} · ${l.address || t('noAddress')}`} />
          </ListItemButton>
        ))}
      </List>
    </Paper>
  );
}
