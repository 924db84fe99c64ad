import { useTranslation } from 'react-i18next';
import { ListItemText, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import type { LocationView } from '../../../../shared/admin';
import type { LanguageCoverage } from '../../../../shared/merged-feed';
import { LANGUAGES, type LanguageCode } from '../../../../shared/languages';
import { useLanguage } from '../../i18n';
import { languageNameIn } from './language-name';

interface Props {
  locations: LocationView[];
  locationId: string;
  language: LanguageCode;
  coverage: LanguageCoverage[] | undefined;
  onChange(locationId: string, language: LanguageCode): void;
}

/** Which location and which of the 14 languages to look at, with how much of the content each language covers. */
export function PreviewControls({ locations, locationId, language, coverage, onChange }: Props) {
  const { t } = useTranslation('preview');
  const { language: ui } = useLanguage();
  /** "Polski · Pools", but just "Nederlands" when both names are the same. */
  const bothNames = (code: LanguageCode) => {
    const native = LANGUAGES.find((l) => l.code === code)?.nativeName ?? code;
    const local = languageNameIn(ui, code);
    return native.toLocaleLowerCase() === local.toLocaleLowerCase() ? native : `${native} · ${local}`;
  };
  const covered = (code: LanguageCode) => coverage?.find((c) => c.language === code);
  const coverageText = (code: LanguageCode) => {
    const c = covered(code);
    return c ? t('coverage', { translated: c.translated, total: c.total }) : '';
  };

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextField
          select
          label={t('location')}
          value={locationId}
          onChange={(e) => onChange(e.target.value, language)}
          sx={{ width: 360 }}
          slotProps={{ htmlInput: { 'data-testid': 'preview-location' } }}
        >
          {locations.map((l) => (
            <MenuItem key={l.id} value={l.id}>
              {l.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('language')}
          value={language}
          onChange={(e) => onChange(locationId, e.target.value as LanguageCode)}
          sx={{ width: 360 }}
          helperText={coverageText(language)}
          slotProps={{
            htmlInput: { 'data-testid': 'preview-language' },
            select: { renderValue: (value) => bothNames(value as LanguageCode) },
            formHelperText: { 'data-testid': 'preview-coverage' } as object,
          }}
        >
          {LANGUAGES.map((l) => (
            <MenuItem key={l.code} value={l.code} data-language={l.code}>
              <ListItemText
                primary={
                  <span lang={l.code} dir={l.rtl ? 'rtl' : 'ltr'}>
                    {l.nativeName}
                  </span>
                }
                secondary={languageNameIn(ui, l.code).toLocaleLowerCase() === l.nativeName.toLocaleLowerCase() ? null : languageNameIn(ui, l.code)}
                sx={{ my: 0 }}
              />
              <Typography variant="body2" color="text.secondary" sx={{ ml: 3, fontVariantNumeric: 'tabular-nums' }}>
                {coverageText(l.code)}
              </Typography>
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </Paper>
  );
}
