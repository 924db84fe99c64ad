import { useTranslation } from 'react-i18next';
import { Typography } from '@mui/material';
import type { Category, ItemKind } from '../../../../shared/categories';
import type { ContactCard, Link, TranslationState } from '../../../../shared/content';
import { isLanguageCode, type LanguageCode } from '../../../../shared/languages';
import { useLabels } from '../../components/labels';
import { RichTextView } from '../../components/RichTextView';

type FieldKey = 'category' | 'kind' | 'sourceLanguage' | 'published' | 'validFrom' | 'validUntil' | 'pinned' | 'priority' | 'contact' | 'links' | 'images' | 'deleted';
const FIELD_KEYS: readonly string[] = ['category', 'kind', 'sourceLanguage', 'published', 'validFrom', 'validUntil', 'pinned', 'priority', 'contact', 'links', 'images', 'deleted'];

/** "Pools · titel" for `t.pl.title`, "Categorie" for `category`. */
export function useFieldName() {
  const { t } = useTranslation('conflicts');
  const labels = useLabels();
  return (key: string) => {
    const text = /^t\.([a-z]{2})\.(title|summary|body|status)$/.exec(key);
    if (text && isLanguageCode(text[1]!)) return `${labels.language(text[1])} · ${t(`text_${text[2] as 'title'}`)}`;
    return FIELD_KEYS.includes(key) ? t(`field_${key as FieldKey}`) : key;
  };
}

function contactText(c: ContactCard): string {
  return [
    ...c.phones.map((p) => p.number),
    c.email,
    c.address && `${c.address.street}, ${c.address.postalCode} ${c.address.city}`,
    c.website,
    ...c.openingHours.map((h) => `${h.days.join(',')} ${h.opens}–${h.closes}`),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One side's value of one key, in words. */
export function FieldValue({ fieldKey, value }: { fieldKey: string; value: unknown }) {
  const { t } = useTranslation('conflicts');
  const labels = useLabels();
  const muted = (text: string) => (
    <Typography component="span" color="text.secondary" sx={{ fontStyle: 'italic' }}>
      {text}
    </Typography>
  );
  if (value === undefined || value === null || value === '') return muted(value === '' ? t('empty') : t('none_value'));
  const field = fieldKey.startsWith('t.') ? fieldKey.split('.')[2] : fieldKey;
  const lang = fieldKey.startsWith('t.') ? (fieldKey.split('.')[1] as LanguageCode) : undefined;
  switch (field) {
    case 'body':
      return <RichTextView html={String(value)} lang={lang} />;
    case 'status':
      return <>{labels.translation(value as TranslationState)}</>;
    case 'category':
      return <>{labels.category(value as Category)}</>;
    case 'kind':
      return <>{labels.kind(value as ItemKind)}</>;
    case 'sourceLanguage':
      return <>{labels.language(value as LanguageCode)}</>;
    case 'published':
    case 'pinned':
    case 'deleted':
      return <>{value ? t('yes') : t('no')}</>;
    case 'validFrom':
    case 'validUntil':
      return <>{labels.dateTime(String(value))}</>;
    case 'contact':
      return <>{contactText(value as ContactCard) || t('empty')}</>;
    case 'links':
      return <>{(value as Link[]).map((l) => l.url).join(' · ') || t('empty')}</>;
    case 'images':
      return <>{t('imagesCount', { n: (value as unknown[]).length })}</>;
    default:
      return (
        <Typography component="span" lang={lang} sx={{ whiteSpace: 'pre-wrap' }}>
          {String(value)}
        </Typography>
      );
  }
}
