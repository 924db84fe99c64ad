import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoEmail } from '../main/hub/demo/seed';
import { startConsole } from './helpers/console-env';
import { chooseLanguage, LANDSCAPE, openArticle, openCategory, openPairedKiosk, PORTRAIT, shoot } from './kiosk-helpers';
import type { Orientation } from '../shared/ui/orientation';

/**
 * One kiosk renderer: the console's preview renders the kiosk's own screens, so the same article
 * reads the same in the preview as on a paired kiosk at that location, in either orientation.
 */
test('an article reads the same in the console preview as on a paired kiosk, portrait and landscape', async ({ browser }) => {
  const kiosk = await openPairedKiosk(browser);
  const console = await startConsole();
  try {
    const locationId = kiosk.env.core.location()!.id;
    // A Polish article with a contact card: title, note, body and the card all have to agree.
    const entry = kiosk.env.core.store
      .feed('pl', new Date())
      .find((e) => e.kind !== 'urgent' && e.shownLanguage === 'pl' && e.body && e.contact?.phones.length);
    expect(entry, 'the demo data has a Polish article with a contact card').toBeTruthy();
    await chooseLanguage(kiosk.page, 'pl');
    await openCategory(kiosk.page, 'pl', entry!.category);
    await openArticle(kiosk.page, entry!);

    await console.core.signIn(kiosk.env.hub.url, demoEmail('municipality', 'editor'), DEMO_PASSWORD);
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(`${console.url}/#/preview/${locationId}/pl/${entry!.id}`);
    const preview = page.frameLocator('[data-testid="kiosk-preview-frame"]');
    await expect(preview.locator('.article-title')).toHaveText(entry!.title);

    // The article's own parts: the scroll cue comes and goes with the scroll position.
    const read = (root: Page | ReturnType<Page['frameLocator']>) => ({
      article: root.locator('.article-main > :not(.scroll-cue)').allInnerTexts(),
      contact: root.getByTestId('contact-card').innerText(),
    });
    for (const orientation of ['portrait', 'landscape'] satisfies Orientation[]) {
      await kiosk.page.setViewportSize(orientation === 'portrait' ? PORTRAIT : LANDSCAPE);
      if (orientation === 'landscape') await page.getByRole('button', { name: 'Liggend' }).click();
      await expect(page.getByTestId('kiosk-preview')).toHaveAttribute('data-orientation', orientation);
      const onKiosk = read(kiosk.page);
      const inPreview = read(preview);
      expect(await inPreview.article).toEqual(await onKiosk.article);
      expect(await inPreview.contact).toBe(await onKiosk.contact);
      await shoot(page, `preview-parity-${orientation}`);
    }

    // The home screen's QR code to the phone app: the same address (so the same code) in both.
    await kiosk.page.getByRole('button', { name: 'Start' }).click();
    await preview.getByRole('button', { name: 'Start' }).click();
    const qrOf = (root: Page | ReturnType<Page['frameLocator']>) => root.getByTestId('app-qr').innerHTML();
    await expect(preview.getByTestId('app-qr').locator('svg')).toBeVisible();
    await expect(kiosk.page.getByTestId('app-qr').locator('svg')).toBeVisible();
    expect(await qrOf(preview)).toBe(await qrOf(kiosk.page));
    await page.context().close();
  } finally {
    await console.close();
    await kiosk.close();
  }
});
