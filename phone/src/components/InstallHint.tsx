import { useText } from '../../../shared/ui/language';
import { useEffect, useState } from 'react';
import { PhoneIcon } from './PhoneIcon';

interface InstallPrompt extends Event {
  prompt(): Promise<void>;
}

const DISMISSED = 'wegwijs.installHintDismissed';
const standalone = () => window.matchMedia('(display-mode: standalone)').matches || ('standalone' in navigator && navigator.standalone === true);
// Only to choose which steps to explain; nothing about the phone is sent anywhere.
const isIos = () => /iPhone|iPad|iPod/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);

/**
 * How to keep Wegwijs on the home screen, in the worker's language: Android's own install
 * prompt when the browser offers one, else the steps for Android or for iOS (which has no prompt).
 */
export function InstallHint() {
  const t = useText();
  const [prompt, setPrompt] = useState<InstallPrompt | null>(null);
  const [hidden, setHidden] = useState(() => standalone() || localStorage.getItem(DISMISSED) === '1');
  useEffect(() => {
    const onPrompt = (e: Event) => {
      e.preventDefault();
      setPrompt(e as InstallPrompt);
    };
    const onInstalled = () => setHidden(true);
    window.addEventListener('beforeinstallprompt', onPrompt);
    window.addEventListener('appinstalled', onInstalled);
    return () => {
      window.removeEventListener('beforeinstallprompt', onPrompt);
      window.removeEventListener('appinstalled', onInstalled);
    };
  }, []);
  if (hidden) return null;
  const dismiss = () => {
    localStorage.setItem(DISMISSED, '1');
    setHidden(true);
  };
  return (
    <aside className="install-hint" aria-labelledby="install-title" data-testid="install-hint">
      <h2 id="install-title">
        <PhoneIcon name="install" />
        {t('installTitle')}
      </h2>
      <p>{isIos() ? t('installIos') : t('installAndroid')}</p>
      <div className="install-actions">
        {prompt && (
          <button type="button" className="button button-primary" onClick={() => void prompt.prompt().then(() => setPrompt(null))}>
            {t('install')}
          </button>
        )}
        <button type="button" className="button" onClick={dismiss}>
          {t('dismiss')}
        </button>
      </div>
    </aside>
  );
}
