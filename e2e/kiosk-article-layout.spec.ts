import { expect, test, type Page } from '@playwright/test';
import type { LanguageCode } from '../shared/languages';
import type { FeedEntry } from '../shared/merged-feed';
import { chooseLanguage, LANDSCAPE, openArticle, openCategory, openPairedKiosk, PORTRAIT, publishEnglishOnlyArticle, shoot, startOver } from './kiosk-helpers';

/**
 * An article's first screen: in portrait the summary and the start of the text are visible
 * above the QR bar (the contact card follows the text), with a cue while there is more below;
 * in landscape the contact card's web and mail addresses fit in the side column. In Dutch,
 * Polish, Arabic and Hungarian, for a demo article in the language and an English-only one.
 */
const LANGUAGES: LanguageCode[] = ['nl', 'pl', 'ar', 'hu'];

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
}

async function expectFirstScreen(page: Page, name: string) {
  const aside = await box(page, '.article-aside');
  const text = await box(page, '[data-testid="article-text"] > :first-child');
  // The start of the body is on the first screen, above the QR bar (at least two lines of it).
  expect(text.y + 60, `${name}: start of the text above the fold`).toBeLessThan(aside.y);
  const summary = page.locator('.article-summary');
  if (await summary.count()) expect((await box(page, '.article-summary')).y).toBeLessThan(text.y);
  // A cue while the text goes on below; a tap on it scrolls on, and at the end it is gone.
  const main = page.locator('.article-main');
  const overflows = await main.evaluate((el) => el.scrollHeight > el.clientHeight + 8);
  const cue = page.getByTestId('scroll-cue');
  if (overflows) {
    await expect(cue).toBeVisible();
    await cue.click();
    await expect.poll(() => main.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await main.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(cue).toHaveCount(0);
    await main.evaluate((el) => el.scrollTo({ top: 0 }));
  } else await expect(cue).toHaveCount(0);
}

/** The side column shows the whole card without scrolling: web and mail addresses neither cut at the side nor below the screen. */
async function expectAddressesFit(page: Page, name: string) {
  const card = await box(page, '.article-aside [data-testid="contact-card"]');
  const aside = await box(page, '.article-aside');
  for (const id of ['web-address', 'email-address']) {
    for (const run of await page.locator(`.article-aside [data-testid="${id}"]`).all()) {
      const b = (await run.boundingBox())!;
      expect(b.x, `${name}: ${id} starts inside the card`).toBeGreaterThanOrEqual(card.x);
      expect(b.x + b.width, `${name}: ${id} ends inside the card`).toBeLessThanOrEqual(card.x + card.width);
      expect(b.y + b.height, `${name}: ${id} is on the screen`).toBeLessThanOrEqual(aside.y + aside.height);
    }
  }
}

test('an article shows its text on the first screen with a scroll cue, and its addresses whole, in nl, pl, ar and hu', async ({ browser }) => {
  test.setTimeout(120_000);
  const kiosk = await openPairedKiosk(browser);
  try {
    const english = await publishEnglishOnlyArticle(kiosk.env);
    const { page, env } = kiosk;
    for (const language of LANGUAGES) {
      // The longest demo article in this language with contact details, and the English-only one with a full card.
      const own = env.core.store
        .feed(language, new Date())
        .filter((e) => e.kind === 'article' && e.shownLanguage === language && (e.contact || e.links.length))
        .sort((a, b) => b.body.length - a.body.length)[0];
      const articles: [string, Pick<FeedEntry, 'title' | 'category'> | undefined][] = [
        ['own', own],
        ['english-only', env.core.store.entry(english.itemId, language, new Date())!],
      ];
      for (const [kind, article] of articles) {
        if (!article) continue;
        const name = `${language}-article-${kind}`;
        await page.setViewportSize(PORTRAIT);
        await chooseLanguage(page, language);
        await openCategory(page, language, article.category);
        await openArticle(page, article);
        await shoot(page, `${name}-portrait`);
        await expectFirstScreen(page, `${name} portrait`);
        await page.setViewportSize(LANDSCAPE);
        await expect(page.locator('.article-aside [data-testid="contact-card"]')).toBeVisible();
        await shoot(page, `${name}-landscape`);
        await expectAddressesFit(page, `${name} landscape`);
        await startOver(page);
      }
    }
  } finally {
    await kiosk.close();
  }
});
