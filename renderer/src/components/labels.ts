import { useMemo } from 'react';
import type { Category, ItemKind } from '../../../shared/categories';
import type { PHONE_LABELS, LINK_KINDS, TranslationState } from '../../../shared/content';
import { languageInfo, type LanguageCode } from '../../../shared/languages';
import { defineStrings, useLanguage, useStrings } from '../i18n';

/** Names of the domain's fixed values (categories, kinds, states, languages), shared by the content screens. */
export const labelStrings = defineStrings({
  nl: {
    cat_housing: 'Wonen',
    cat_work: 'Werk',
    cat_health: 'Gezondheid',
    cat_rules: 'Regels en inschrijving',
    cat_money: 'Geld',
    cat_transport: 'Vervoer',
    cat_emergency: 'Noodgevallen',
    cat_daily: 'Dagelijks leven',
    kind_article: 'Artikel',
    kind_contact: 'Contactkaart',
    kind_urgent: 'Dringend bericht',
    state_draft: 'Concept',
    state_published: 'Gepubliceerd',
    state_scheduled: 'Gepland',
    state_expired: 'Verlopen',
    tr_current: 'Actueel',
    tr_draft: 'Concept',
    tr_outdated: 'Verouderd',
    tr_missing: 'Ontbreekt',
    tr_withdrawn: 'Ingetrokken',
    phone_main: 'Algemeen nummer',
    phone_emergency: 'Spoed',
    phone_whatsapp: 'WhatsApp',
    phone_after_hours: 'Buiten kantoortijden',
    phone_appointments: 'Afspraken',
    link_web: 'Website',
    link_tel: 'Telefoon',
    link_maps: 'Kaart',
    link_mail: 'E-mail',
    day_1: 'ma',
    day_2: 'di',
    day_3: 'wo',
    day_4: 'do',
    day_5: 'vr',
    day_6: 'za',
    day_7: 'zo',
    lang_nl: 'Nederlands',
    lang_en: 'Engels',
    lang_pl: 'Pools',
    lang_ro: 'Roemeens',
    lang_bg: 'Bulgaars',
    lang_hu: 'Hongaars',
    lang_lt: 'Litouws',
    lang_lv: 'Lets',
    lang_sk: 'Slowaaks',
    lang_cs: 'Tsjechisch',
    lang_pt: 'Portugees',
    lang_es: 'Spaans',
    lang_uk: 'Oekraïens',
    lang_ar: 'Arabisch',
  },
  en: {
    cat_housing: 'Housing',
    cat_work: 'Work',
    cat_health: 'Health',
    cat_rules: 'Rules & registration',
    cat_money: 'Money',
    cat_transport: 'Transport',
    cat_emergency: 'Emergency',
    cat_daily: 'Daily life',
    kind_article: 'Article',
    kind_contact: 'Contact card',
    kind_urgent: 'Urgent notice',
    state_draft: 'Draft',
    state_published: 'Published',
    state_scheduled: 'Scheduled',
    state_expired: 'Expired',
    tr_current: 'Up to date',
    tr_draft: 'Draft',
    tr_outdated: 'Outdated',
    tr_missing: 'Missing',
    tr_withdrawn: 'Withdrawn',
    phone_main: 'Main number',
    phone_emergency: 'Emergency',
    phone_whatsapp: 'WhatsApp',
    phone_after_hours: 'After hours',
    phone_appointments: 'Appointments',
    link_web: 'Website',
    link_tel: 'Phone',
    link_maps: 'Map',
    link_mail: 'E-mail',
    day_1: 'Mon',
    day_2: 'Tue',
    day_3: 'Wed',
    day_4: 'Thu',
    day_5: 'Fri',
    day_6: 'Sat',
    day_7: 'Sun',
    lang_nl: 'Dutch',
    lang_en: 'English',
    lang_pl: 'Polish',
    lang_ro: 'Romanian',
    lang_bg: 'Bulgarian',
    lang_hu: 'Hungarian',
    lang_lt: 'Lithuanian',
    lang_lv: 'Latvian',
    lang_sk: 'Slovak',
    lang_cs: 'Czech',
    lang_pt: 'Portuguese',
    lang_es: 'Spanish',
    lang_uk: 'Ukrainian',
    lang_ar: 'Arabic',
  },
});

export type PublishState = 'draft' | 'published' | 'scheduled' | 'expired';

/** `labels.category('housing')` → "Wonen" / "Housing", and so on for every fixed value. */
export function useLabels() {
  const t = useStrings(labelStrings);
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
