import { Chip } from '@mui/material';
import { useLanguage } from '../../../i18n';

/** A note for the civil servant, in the console's language, that a real kiosk does not show. */
export function PreviewNote({ label, testId }: { label: string; testId?: string }) {
  const { language } = useLanguage();
  return (
    <Chip
      size="small"
      label={label}
      lang={language}
      dir="ltr"
      variant="outlined"
      color="secondary"
      data-testid={testId}
      sx={{ borderStyle: 'dashed', maxWidth: '100%', height: 'auto', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
    />
  );
}
