import { expect, test } from '@playwright/test';
import { workerText } from '../shared/strings/all';
import type { LanguageCode } from '../shared/languages';
import { chooseLanguage, LANDSCAPE, openPairedKiosk, PORTRAIT, screen, shoot, startOver } from './kiosk-helpers';

/** Every key of the on-screen keyboard is at least 64 px each way, for the longest rows, both ways round. */
test('the search keyboard keys are at least 64 px in Arabic, Ukrainian and Polish, portrait and landscape', async ({ browser }) => {
  const kiosk = await openPairedKiosk(browser);
  try {
    const { page } = kiosk;
    for (const language of ['ar', 'uk', 'pl'] satisfies LanguageCode[]) {
      await chooseLanguage(page, language);
      await page.locator('.search-entry').click();
      await expect(screen(page, 'search')).toBeVisible();
      for (const [orientation, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]] as const) {
        await page.setViewportSize(viewport);
        const keys = await page.getByTestId('keyboard').locator('.key').evaluateAll((els) =>
          els.map((el) => ({ key: el.textContent || el.getAttribute('aria-label'), ...el.getBoundingClientRect().toJSON() })),
        );
        expect(keys.length).toBeGreaterThan(26);
        const small = keys.filter((k) => k.width < 64 || k.height < 64).map((k) => `${k.key} ${Math.round(k.width)}×${Math.round(k.height)}`);
        expect(small, `${language} ${orientation}: keys under 64 px`).toEqual([]);
        await expect(page.getByRole('button', { name: workerText(language, 'keyboardDelete') })).toBeVisible();
        if (language === 'ar') await shoot(page, `ar-${orientation}-keyboard`);
      }
      await page.setViewportSize(PORTRAIT);
      await startOver(page);
    }
  } finally {
    await kiosk.close();
  }
});
