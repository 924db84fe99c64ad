import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { drawIcon } from '../build/draw-icon';

/** The manifest's icons, drawn at build time (192, 512 and a maskable 512). */
function phoneIcons(): Plugin {
  return {
    name: 'wegwijs-phone-icons',
    generateBundle() {
      const icons = { 'icon-192.png': drawIcon(192), 'icon-512.png': drawIcon(512), 'icon-maskable-512.png': drawIcon(512, { maskable: true }) };
      for (const [name, source] of Object.entries(icons)) this.emitFile({ type: 'asset', fileName: `icons/${name}`, source });
    },
  };
}

/**
 * The worker's phone app, served by the hub under /app/. Its own build (not electron-vite's
 * renderer build) so that the service worker precaches this app alone. The manifest is served
 * per location by the hub, so the plugin writes none.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/app/',
  plugins: [
    react(),
    phoneIcons(),
    VitePWA({
      injectRegister: null,
      manifest: false,
      filename: 'sw.js',
      workbox: {
        globPatterns: ['**/*.{js,css,html,png}'],
        navigateFallback: '/app/index.html',
        // Workbox matches the path with its query: /app/<location>?lang=pl.
        navigateFallbackAllowlist: [/^\/app\/[0-9a-f-]{36}(?:[/?]|$)/],
        navigateFallbackDenylist: [/\/bundle\//, /\/manifest\.webmanifest$/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // Images of the location, kept for offline reading (the app asks for them within its budget).
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/media/'),
            handler: 'CacheFirst',
            options: { cacheName: 'wegwijs-images', expiration: { maxEntries: 300, maxAgeSeconds: 60 * 24 * 60 * 60 } },
          },
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('/manifest.webmanifest'),
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'wegwijs-manifests' },
          },
        ],
      },
    }),
  ],
  build: {
    outDir: resolve(import.meta.dirname, '../out/phone'),
    emptyOutDir: true,
    target: 'es2022',
  },
});
