import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Button, Stack } from '@mui/material';
import { ExportTranslationDialog } from './ExportTranslationDialog';
import { ImportTranslationDialog } from './ImportTranslationDialog';

/** The content list's way to a translation agency: export XLIFF, import it back. */
export function TranslationExchange() {
  const { t } = useTranslation('translation');
  const [open, setOpen] = useState<'export' | 'import' | null>(null);
  return (
    <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
      <Button variant="outlined" onClick={() => setOpen('export')}>
        {t('exportButton')}
      </Button>
      <Button variant="outlined" onClick={() => setOpen('import')}>
        {t('importButton')}
      </Button>
      {open === 'export' && <ExportTranslationDialog onClose={() => setOpen(null)} />}
      {open === 'import' && <ImportTranslationDialog onClose={() => setOpen(null)} />}
    </Stack>
  );
}
