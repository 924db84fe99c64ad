import { useTranslation } from 'react-i18next';
import { isRefusalCode, type RefusalParams } from '../../../../shared/refusals';

/**
 * Why the hub refused a change, in the console's language. A refusal without a code (from a hub
 * before codes) or with a code this console does not know yet shows the hub's English sentence.
 */
export function useRefusalText() {
  const { t } = useTranslation('conflicts');
  return (refused: { code: string | null; params: RefusalParams | null; message: string }) =>
    isRefusalCode(refused.code) ? t(`refusal_${refused.code}`, { ...refused.params }) : refused.message;
}
