import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import type { Category, ItemKind } from '../../../shared/categories';
import type { PHONE_LABELS, LINK_KINDS, TranslationState } from '../../../shared/content';
import { languageInfo, type LanguageCode } from '../../../shared/languages';
import { useLanguage } from '../i18n';

export type PublishState = 'draft' | 'published' | 'scheduled' | 'expired';

/** `labels.category('housing')` → "Wonen" / "Housing", and so on for every fixed value. */
export function useLabels() {
  const { t } = useTranslation('labels');
  const { language } = useLanguage();
  return useMemo(() => {
    const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const shortDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
    const shortDateYear = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
    return {
      category: (c: Category) => t(`cat_${c}` as const),
      kind: (k: ItemKind) => t(`kind_${k}` as const),
      state: (s: PublishState) => t(`state_${s}` as const),
      translation: (s: TranslationState) => t(`tr_${s}` as const),
      phone: (p: (typeof PHONE_LABELS)[number]) => t(`phone_${p}` as const),
      link: (l: (typeof LINK_KINDS)[number]) => t(`link_${l}` as const),
      day: (d: number) => t(`day_${d}` as `day_${1 | 2 | 3 | 4 | 5 | 6 | 7}`),
      /** The language's name in the console's language, e.g. "Pools" in Dutch. */
      language: (l: LanguageCode) => t(`lang_${l}` as const),
      /** The name its speakers use, e.g. "Polski". */
      nativeLanguage: (l: LanguageCode) => languageInfo(l).nativeName,
      dateTime: (iso: string | null) => (iso ? dateTime.format(new Date(iso)) : ''),
      /** For tables: "29 nov. 09:30" this year, "3 mrt. 2025" before. */
      shortDateTime: (iso: string | null) => {
        if (!iso) return '';
        const d = new Date(iso);
        return (d.getFullYear() === new Date().getFullYear() ? shortDate : shortDateYear).format(d);
      },
    };
  }, [t, language]);
}

export type Labels = ReturnType<typeof useLabels>;
