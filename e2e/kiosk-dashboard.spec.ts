import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, demoEmail } from '../main/hub/demo/seed';
import { startConsole } from './helpers/console-env';
import { openPairedKiosk } from './kiosk-helpers';
import { SCREENSHOTS } from './console-admin-helpers';

/**
 * The municipality's dashboard as its kiosks see it: the demo's kiosk that was never paired is
 * "not paired yet", not offline; the languages a paired kiosk offers (here Hungarian and Arabic,
 * which the municipality's own items lack) are rows of the translation table without "show all".
 */
test("a never-paired kiosk is not offline, and the kiosks' languages are in the translation table", async ({ browser }) => {
  const kiosk = await openPairedKiosk(browser, { languages: ['nl', 'en', 'pl', 'hu', 'ar'] });
  const console = await startConsole();
  try {
    const admin = await kiosk.env.admin();
    await expect.poll(async () => (await admin.kiosks.list.query()).find((k) => k.paired)?.languages, { timeout: 15_000 }).toEqual(['nl', 'en', 'pl', 'hu', 'ar']);
    const kiosks = await admin.kiosks.list.query();
    expect(kiosks.filter((k) => !k.paired && !k.revoked).length, 'the demo has a kiosk waiting to be paired').toBeGreaterThan(0);

    await console.core.signIn(kiosk.env.hub.url, demoEmail('municipality', 'admin'), DEMO_PASSWORD);
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(`${console.url}/#/dashboard`);
    await expect(page.getByTestId('count-kiosks-offline')).toHaveText('0');
    await expect(page.getByTestId('count-kiosks-not-paired')).toHaveText(String(kiosks.filter((k) => !k.paired && !k.revoked).length));
    for (const language of ['hu', 'ar']) await expect(page.getByTestId(`translations-${language}`)).toBeVisible();
    // Languages neither offered nor written in still wait behind "show all".
    await expect(page.getByTestId('translations-lv')).toHaveCount(0);
    await page.screenshot({ path: `${SCREENSHOTS}/dashboard-kiosk-languages.png`, fullPage: true });
    await page.context().close();
  } finally {
    await console.close();
    await kiosk.close();
  }
});
