import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { TRPCProvider, createLocalClient } from './trpc';
import { KioskApp } from './KioskApp';
import { kioskUsage } from './lib/usage';
import { UsageContext } from '../../shared/ui/usage';
import '../../shared/ui/worker.css';

// A long press must not open a context menu, and nothing may be dragged off the screen.
window.addEventListener('contextmenu', (e) => e.preventDefault());
window.addEventListener('dragstart', (e) => e.preventDefault());

function Root() {
  // The local core answers in milliseconds and is always there; a failed call keeps what is on screen.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 2, refetchOnWindowFocus: false, staleTime: 1_000 } } }),
  );
  const [trpcClient] = useState(createLocalClient);
  const [usage] = useState(() => kioskUsage(trpcClient));
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <UsageContext.Provider value={usage}>
            <KioskApp />
          </UsageContext.Provider>
        </TRPCProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}

createRoot(document.getElementById('root')!).render(<Root />);
