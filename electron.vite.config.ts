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
      // Minified, and the console's heavy libraries in chunks of their own, loaded with the page that needs them.
      minify: true,
      rollupOptions: {
        input: { admin: resolve(__dirname, 'renderer/index.html'), kiosk: resolve(__dirname, 'kiosk/index.html') },
        output: {
          codeSplitting: {
            groups: [
              // React and MUI's core first (highest priority), so the heavy groups below do not take them along.
              { name: 'react-mui', priority: 20, test: /node_modules[\\/](react|react-dom|scheduler|react-is|react-transition-group|use-sync-external-store|prop-types|clsx|@emotion|@babel[\\/]runtime|@popperjs|@mui[\\/](material|system|utils|styled-engine|private-theming|types|core-downloads-tracker))[\\/]/ },
              { name: 'rich-text-editor', test: /node_modules[\\/](@tiptap|prosemirror-|linkifyjs|orderedmap|rope-sequence|w3c-keyname)/ },
              { name: 'data-grid', test: /node_modules[\\/]@mui[\\/]x-data-grid/ },
              { name: 'date-pickers', test: /node_modules[\\/](@mui[\\/]x-date-pickers|date-fns)/ },
            ],
          },
        },
      },
    },
  },
});
