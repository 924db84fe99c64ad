import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { espeakVoices } from './build/espeak-voices';

/**
 * Three builds: the Electron main process (a thin shell around the desktop core), the preload,
 * and the two screens (admin console and kiosk) as plain web pages, which the browser preview
 * and the Playwright tests serve too.
 */
export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'main/electron/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot be an ES module.
      rollupOptions: {
        input: { index: resolve(__dirname, 'main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname),
    plugins: [react(), espeakVoices()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: {
        input: { admin: resolve(__dirname, 'renderer/index.html'), kiosk: resolve(__dirname, 'kiosk/index.html') },
      },
    },
  },
});
