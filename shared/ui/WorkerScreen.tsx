import type { ReactNode } from 'react';
import { TopBar } from './TopBar';

/** One screen a worker sees: the top bar with Back, Home, Search and the language, then its body. */
export function WorkerScreen({ name, bar, children }: { name: string; bar?: ReactNode; children: ReactNode }) {
  return (
    <div className="screen" data-screen={name}>
      <TopBar>{bar}</TopBar>
      {children}
    </div>
  );
}
