import { useTranslation } from 'react-i18next';
import { ListItemText, ListSubheader, MenuItem, Paper, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import type { LocationView } from '../../../../shared/admin';
import type { LanguageCoverage } from '../../../../shared/merged-feed';
import { LANGUAGES, type LanguageCode } from '../../../../shared/languages';
import type { Orientation } from '../../../../shared/ui/orientation';
import { useLanguage } from '../../i18n';
import { languageNameIn } from './language-name';

interface Props {
  locations: LocationView[];
  locationId: string;
  language: LanguageCode;
  orientation: Orientation;
  coverage: LanguageCoverage[] | undefined;
  onChange(locationId: string, language: LanguageCode): void;
  onOrientation(orientation: Orientation): void;
}

/** Which location, which of the interface languages (with how much of the content each covers) and which way the screen stands. */
export function PreviewControls({ locations, locationId, language, orientation, coverage, onChange, onOrientation }: Props) {
  const { t } = useTranslation('preview');
  const { language: ui } = useLanguage();
  /** "Polski · Pools", but just "Nederlands" when both names are the same. */
  const bothNames = (code: LanguageCode) => {
    const native = LANGUAGES.find((l) => l.code === code)?.nativeName ?? code;
    const local = languageNameIn(ui, code);
    return native.toLocaleLowerCase() === local.toLocaleLowerCase() ? native : `${native} · ${local}`;
  };
  // The location's own languages first, in its order; every other one after them, still previewable.
  const offered = locations.find((l) => l.id === locationId)?.languages ?? null;
  const others = offered ? LANGUAGES.filter((l) => !offered.includes(l.code)) : [];
  const first = offered ? offered.map((code) => LANGUAGES.find((l) => l.code === code)!) : LANGUAGES;
  const covered = (code: LanguageCode) => coverage?.find((c) => c.language === code);
  const coverageText = (code: LanguageCode) => {
    const c = covered(code);
    return c ? t('coverage', { translated: c.translated, total: c.total }) : '';
  };

  const languageOption = (l: (typeof LANGUAGES)[number]) => (
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
  );

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack spacing={2.5}>
        <TextField
          select
          label={t('location')}
          value={locationId}
          onChange={(e) => onChange(e.target.value, language)}
          fullWidth
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
          fullWidth
          helperText={coverageText(language)}
          slotProps={{
            htmlInput: { 'data-testid': 'preview-language' },
            select: { renderValue: (value) => bothNames(value as LanguageCode) },
            formHelperText: { 'data-testid': 'preview-coverage' } as object,
          }}
        >
          {first.map(languageOption)}
          {others.length > 0 && <ListSubheader>{t('otherLanguages')}</ListSubheader>}
          {others.map(languageOption)}
        </TextField>
        <ToggleButtonGroup
          exclusive
          value={orientation}
          onChange={(_e, value: Orientation | null) => value && onOrientation(value)}
          aria-label={t('orientation')}
          fullWidth
        >
          <ToggleButton value="portrait">{t('portrait')}</ToggleButton>
          <ToggleButton value="landscape">{t('landscape')}</ToggleButton>
        </ToggleButtonGroup>
      </Stack>
    </Paper>
  );
}
