import { useEffect, useRef, useState } from 'react';
import { useText } from '../../../shared/ui/language';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/** How long "are you still there?" shows before the reset: a third of the idle time, 5 to 15 s. */
export function warningSeconds(idleSeconds: number): number {
  return Math.min(15, Math.max(5, Math.round(idleSeconds / 3)));
}

/**
 * Watches the screen's own touches (not the system's idle time, which misses touches on some
 * setups). After `idleSeconds` without one it calls `onIdle`; shortly before, it asks whether
 * someone is still there, with a countdown. Any touch keeps the session.
 */
export function IdleGuard({ idleSeconds, onIdle }: { idleSeconds: number; onIdle(): void }) {
  const t = useText();
  const lastActivity = useRef(Date.now());
  const [remaining, setRemaining] = useState<number | null>(null);
  const idleRef = useRef(onIdle);
  useEffect(() => {
    idleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    const active = () => {
      lastActivity.current = Date.now();
    };
    for (const type of ACTIVITY) window.addEventListener(type, active, { capture: true, passive: true });
    const warnAt = idleSeconds - warningSeconds(idleSeconds);
    const timer = setInterval(() => {
      const idle = (Date.now() - lastActivity.current) / 1000;
      if (idle >= idleSeconds) {
        lastActivity.current = Date.now();
        setRemaining(null);
        idleRef.current();
      } else setRemaining(idle >= warnAt ? Math.ceil(idleSeconds - idle) : null);
    }, 250);
    return () => {
      clearInterval(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, active, { capture: true });
    };
  }, [idleSeconds]);

  if (remaining === null) return null;
  return (
    <div className="idle-overlay" onClick={() => setRemaining(null)} data-testid="idle-warning">
      <div className="idle-dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text">
        <h2 id="idle-title">{t('idleTitle')}</h2>
        <p id="idle-text">{t('idleText')}</p>
        <p className="idle-countdown" aria-hidden="true">
          {remaining}
        </p>
        <button type="button" className="primary-button" onClick={() => setRemaining(null)}>
          {t('idleContinue')}
        </button>
      </div>
    </div>
  );
}
