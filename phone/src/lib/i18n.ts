import { useCallback } from 'react';
import { useLanguage } from '../../../kiosk/src/lib/i18n';
import { phoneText, type PhoneStringKey } from '../phone-strings';

/** `p('updated', { time })`: a phone-only string in the worker's language (the kiosk's strings come from `useText`). */
export function usePhoneText() {
  const language = useLanguage();
  return useCallback((key: PhoneStringKey, vars?: Record<string, string>) => phoneText(language, key, vars), [language]);
}
