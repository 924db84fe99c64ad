import type { ReactNode } from 'react';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { TimePicker } from '@mui/x-date-pickers/TimePicker';
import { enUS, nlNL } from '@mui/x-date-pickers/locales';
import { format as formatDate, isValid, parse } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import { useLanguage } from '../i18n';

/** Dates follow the console's language, not the computer's: dd-mm-jjjj and a 24-hour clock in Dutch. */
const LOCALES = {
  nl: { adapter: nl, text: nlNL, dateTime: 'dd-MM-yyyy HH:mm', date: 'dd-MM-yyyy' },
  en: { adapter: enGB, text: enUS, dateTime: 'dd/MM/yyyy HH:mm', date: 'dd/MM/yyyy' },
} as const;

export function DatesProvider({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  const locale = LOCALES[language];
  return (
    <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={locale.adapter} localeText={locale.text.components.MuiLocalizationProvider.defaultProps.localeText}>
      {children}
    </LocalizationProvider>
  );
}

interface FieldProps {
  label: string;
  disabled?: boolean;
  error?: boolean;
  helperText?: ReactNode;
}

/** A date and time as ISO text (or null); a half-typed value is left in the field until it is whole. */
export function DateTimeInput({ value, onChange, ...field }: FieldProps & { value: string | null; onChange(iso: string | null): void }) {
  const { language } = useLanguage();
  return (
    <DateTimePicker
      label={field.label}
      disabled={field.disabled}
      ampm={false}
      format={LOCALES[language].dateTime}
      value={value ? new Date(value) : null}
      onChange={(d) => {
        if (d === null) onChange(null);
        else if (isValid(d)) onChange(d.toISOString());
      }}
      slotProps={{ textField: { fullWidth: true, error: field.error, helperText: field.helperText }, field: { clearable: true } }}
    />
  );
}

/** A day as "2026-11-30" text (or '' while it is not a whole date). */
export function DateInput({ value, onChange, ...field }: FieldProps & { value: string; onChange(day: string): void }) {
  const { language } = useLanguage();
  const parsed = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return (
    <DatePicker
      label={field.label}
      disabled={field.disabled}
      format={LOCALES[language].date}
      value={isValid(parsed) ? parsed : null}
      onChange={(d) => onChange(d && isValid(d) ? formatDate(d, 'yyyy-MM-dd') : '')}
      slotProps={{ textField: { size: 'small', error: field.error, helperText: field.helperText, sx: { width: 190 } } }}
    />
  );
}

/** A time of day as "09:00" text, on a 24-hour clock in both languages. */
export function TimeInput({ value, onChange, ...field }: FieldProps & { value: string; onChange(time: string): void }) {
  const parsed = parse(value, 'HH:mm', new Date(2000, 0, 1));
  return (
    <TimePicker
      label={field.label}
      disabled={field.disabled}
      ampm={false}
      format="HH:mm"
      value={isValid(parsed) ? parsed : null}
      onChange={(d) => {
        if (d === null) onChange('');
        else if (isValid(d)) onChange(formatDate(d, 'HH:mm'));
      }}
      slotProps={{ textField: { error: field.error, helperText: field.helperText, sx: { width: 150 } } }}
    />
  );
}
