import { useEffect, useRef, useState } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

interface ScreenOffProps {
  /** Inside the screen hours' off time now. */
  off: boolean;
  idleSeconds: number;
  /** A touch woke the dark screen: the session starts over on the language screen. */
  onWake(): void;
}

/**
 * In the off hours the screen turns black once nobody has touched it for the idle time (at once
 * when nobody was using it). A touch wakes it on the language screen; left alone, it goes dark
 * again after the idle time.
 */
export function ScreenOff({ off, idleSeconds, onWake }: ScreenOffProps) {
  const lastTouch = useRef(0);
  const [dark, setDark] = useState(false);

  useEffect(() => {
    const touched = () => {
      lastTouch.current = Date.now();
    };
    for (const type of ACTIVITY) window.addEventListener(type, touched, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, touched, { capture: true });
    };
  }, []);

  useEffect(() => {
    const check = () => setDark(off && Date.now() - lastTouch.current >= idleSeconds * 1000);
    check();
    const timer = setInterval(check, 1_000);
    return () => clearInterval(timer);
  }, [off, idleSeconds]);

  if (!dark) return null;
  return (
    <div
      className="screen-off"
      data-testid="screen-off"
      aria-hidden="true"
      onPointerDown={(e) => {
        // The waking touch only wakes: it must not press what lies beneath.
        e.preventDefault();
        lastTouch.current = Date.now();
        setDark(false);
        onWake();
      }}
    />
  );
}

/** "Identify" from the console: the screen shows its name large and flashing for a few seconds. */
export function IdentifyBanner({ name }: { name: string | null }) {
  if (name === null) return null;
  return (
    <div className="identify-banner" data-testid="identify-banner" role="status">
      <bdi>{name}</bdi>
    </div>
  );
}
