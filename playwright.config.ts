import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/system-parts.mjs';

/**
 * UI tests in the Chromium `npm test` checked for (CHROMIUM_PATH, /usr/bin/chromium or one on
 * PATH; no browser downloads), against a real hub and a real desktop core started by each test
 * file. Electron tests live in e2e/electron and skip themselves when the Electron binary is absent.
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    screenshot: 'off',
  },
});
