import { useTranslation } from 'react-i18next';
import { useLabels } from '../../../components/labels';
import type { RevisionChange } from './revision-summary';

/** "Titel en tekst gewijzigd, gepubliceerd, vertaald in het Pools". */
export function useRevisionWords() {
  const { t } = useTranslation('editor');
  const labels = useLabels();
  const part = { title: t('diffTitle'), summary: t('diffSummary'), body: t('diffBody'), contact: t('diffContact') };
  const list = new Intl.ListFormat(t('listLocale'), { type: 'conjunction' });
  return (changes: RevisionChange[]) => {
    const text =
      changes
      .map((c) => {
        switch (c.kind) {
          case 'created':
            return t('changeCreated');
          case 'published':
            return t('changePublished');
          case 'unpublished':
            return t('changeUnpublished');
          case 'settings':
            return t('changeSettings');
          case 'edited':
            return t('changeEdited', { parts: list.format(c.parts.map((p) => part[p].toLowerCase())) });
          case 'translated':
            return t('changeTranslated', { language: labels.language(c.language) });
          case 'markedCurrent':
            return t('changeMarkedCurrent', { language: labels.language(c.language) });
        }
      })
      .join('; ') || t('changeNothing');
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
}
