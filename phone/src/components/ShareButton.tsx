import { useText } from '../../../shared/ui/language';
import { useState } from 'react';
import { PhoneIcon } from './PhoneIcon';

/** The phone's own share sheet where there is one; otherwise the link is copied. */
export function ShareButton({ title }: { title: string }) {
  const t = useText();
  const [copied, setCopied] = useState(false);
  const share = async () => {
    const url = window.location.href;
    if (navigator.share) {
      await navigator.share({ title, url }).catch(() => undefined);
      return;
    }
    await navigator.clipboard?.writeText(url);
    setCopied(true);
    setTimeout(() => setCopied(false), 3000);
  };
  return (
    <button type="button" className="button" onClick={() => void share()}>
      <PhoneIcon name="share" />
      <span aria-live="polite">{copied ? t('linkCopied') : t('share')}</span>
    </button>
  );
}
