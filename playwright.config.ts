import { defineConfig } from '@playwright/test';

/**
 * UI tests in Debian's Chromium (no browser downloads here), against a real hub and a real
 * desktop core started by each test file. Electron tests live in e2e/electron and skip
 * themselves when the Electron binary is absent.
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
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
