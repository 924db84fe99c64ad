import { useTranslation } from 'react-i18next';
import { Stack, TextField } from '@mui/material';
import { languageInfo, type LanguageCode } from '../../../../../shared/languages';
import { LIMITS } from '../../../../../shared/limits';
import { RichTextEditor } from '../../../components/RichTextEditor';
import { fieldError, useEditorForm } from './editor-form';

/** Title, summary and rich text of one language, editable or read-only. */
export function TextFields({ language }: { language: LanguageCode }) {
  const { t } = useTranslation('editor');
  const form = useEditorForm();
  const text = form.draft.texts[language];
  const ro = form.textReadOnly(language);
  const dir = languageInfo(language).rtl ? 'rtl' : 'ltr';
  const key = (f: string) => `translations.${language}.${f}`;

  return (
    <Stack spacing={2}>
      <TextField
        label={t('title')}
        value={text.title}
        required
        disabled={ro}
        onChange={(e) => form.setText(language, { title: e.target.value })}
        slotProps={{ htmlInput: { lang: language, dir, maxLength: LIMITS.titleChars, 'data-testid': `title-${language}` } }}
        {...fieldError(form, key('title'))}
      />
      <TextField
        label={t('summary')}
        value={text.summary}
        disabled={ro}
        multiline
        minRows={2}
        onChange={(e) => form.setText(language, { summary: e.target.value })}
        slotProps={{ htmlInput: { lang: language, dir, maxLength: LIMITS.summaryChars, 'data-testid': `summary-${language}` } }}
        {...fieldError(form, key('summary'), t('summaryHelp'))}
      />
      <RichTextEditor
        label={t('body')}
        value={text.body}
        readOnly={ro}
        onChange={(body) => form.setText(language, { body })}
        error={form.error(key('body'))}
        lang={language}
        dir={dir}
        testId={`body-${language}`}
      />
    </Stack>
  );
}
