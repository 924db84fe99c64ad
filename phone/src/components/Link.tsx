import type { MouseEvent, ReactNode } from 'react';
import { usePhone } from '../lib/phone-context';
import { placeUrl, type Route } from '../lib/route';

/** A real link (long-press, open in a new tab) that moves inside the app without reloading. */
export function AppLink({ to, className, children, label }: { to: Route; className?: string; children: ReactNode; label?: string }) {
  const { place, open } = usePhone();
  const onClick = (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    open(to);
  };
  return (
    <a href={placeUrl({ ...place, route: to })} className={className} onClick={onClick} aria-label={label}>
      {children}
    </a>
  );
}
