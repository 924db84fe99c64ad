import { useEffect, useState, type RefObject } from 'react';
import { Icon } from './Icon';
import { useText } from './language';

/** Whether `scroller` holds more than it shows below its visible part. */
function useMoreBelow(scroller: RefObject<HTMLElement | null>): boolean {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setMore(el.scrollHeight - el.scrollTop - el.clientHeight > 8);
    measure();
    // The box, and what is in it: a text arriving, an image loading, the original shown instead.
    const resized = new ResizeObserver(measure);
    resized.observe(el);
    const changed = new MutationObserver(measure);
    changed.observe(el, { childList: true, subtree: true, characterData: true });
    el.addEventListener('scroll', measure, { passive: true });
    el.addEventListener('load', measure, { capture: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
      el.removeEventListener('load', measure, { capture: true });
      el.removeEventListener('scroll', measure);
    };
  }, [scroller]);
  return more;
}

/**
 * A touch screen shows no scroll bar: while a text goes on below the screen's edge, a button at
 * the bottom says so in the worker's language, and a tap on it scrolls on by most of a screen.
 */
export function ScrollCue({ scroller }: { scroller: RefObject<HTMLElement | null> }) {
  const t = useText();
  const more = useMoreBelow(scroller);
  if (!more) return null;
  return (
    <div className="scroll-cue">
      <button
        type="button"
        className="scroll-cue-button"
        data-testid="scroll-cue"
        onClick={() => scroller.current?.scrollBy({ top: scroller.current.clientHeight * 0.8, behavior: 'smooth' })}
      >
        <Icon name="down" size={36} />
        {t('scrollMore')}
      </button>
    </div>
  );
}
