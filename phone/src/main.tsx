import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PhoneApp } from './PhoneApp';
import './phone.css';

// The service worker keeps the app itself on the phone; the location's content lives in IndexedDB.
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/app/sw.js', { scope: '/app/' });
// Ask the browser not to clear what is stored when space runs short (granted silently or not at all).
void navigator.storage?.persist?.();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PhoneApp />
  </StrictMode>,
);
