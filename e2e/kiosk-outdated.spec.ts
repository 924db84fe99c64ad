import { expect, test } from '@playwright/test';
import { workerText } from '../shared/strings/all';
import { languageInfo } from '../shared/languages';
import type { FeedEntry } from '../shared/merged-feed';
import { DEMO_PASSWORD, DEMO_TENANTS, demoEmail } from '../main/hub/demo/seed';
import { startConsole } from './helpers/console-env';
import { bodyWord, chooseLanguage, LANDSCAPE, openArticle, openCategory, openPairedKiosk, PORTRAIT, screen, shoot, typeOnScreen } from './kiosk-helpers';

/**
 * What a Polish worker reads after a civil servant adds a sentence to the Dutch original: the
 * Polish text stays, with a note in Polish that the original changed and a way to read it; the
 * search still finds it; the console's preview says the same. Only a withdrawal in the editor
 * sends the worker to the fallback text, and making the translation current again undoes it.
 */
test('an outdated Polish translation stays on the kiosk with a note, is found by search, matches the preview; a withdrawal falls back', async ({ browser }) => {
  const kiosk = await openPairedKiosk(browser);
  const console = await startConsole();
  try {
    const { core } = kiosk.env;
    const now = () => new Date();
    // A Dutch article of the municipality, read in Polish at this housing site, with a word to search for.
    const entry = core.store
      .feed('pl', now())
      .find((e) => e.kind === 'article' && e.sourceLanguage === 'nl' && e.shownLanguage === 'pl' && e.tenantName === DEMO_TENANTS.municipality.name && bodyWord(e));
    expect(entry, 'the demo data has a Dutch municipal article translated into Polish').toBeTruthy();
    const { id, title } = entry!;
    const dutchTitle = core.store.entry(id, 'nl', now())!.title;

    // The civil servant adds one sentence to the Dutch text in the console (not a minor edit).
    await console.core.signIn(kiosk.env.hub.url, demoEmail('municipality', 'editor'), DEMO_PASSWORD);
    const editor = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await editor.goto(`${console.url}/#/item/${id}`);
    await editor.getByTestId('tab-nl').click();
    await editor.getByTestId('body-nl').click();
    await editor.keyboard.press('Control+End');
    await editor.keyboard.type(' Vanaf januari gelden nieuwe regels.');
    await editor.getByTestId('save').click();
    await expect(editor.getByTestId('tab-pl')).toHaveAttribute('data-status', 'outdated');
    await expect.poll(() => core.store.entry(id, 'pl', now())?.originalChangedAt ?? null, { timeout: 10_000 }).not.toBeNull();
    const changedAt = core.store.entry(id, 'pl', now())!.originalChangedAt!;

    // The Polish worker still reads Polish, told in Polish when the original changed.
    const { page } = kiosk;
    await chooseLanguage(page, 'pl');
    await openCategory(page, 'pl', entry!.category);
    await openArticle(page, { title });
    const note = page.getByTestId('outdated-note');
    const date = new Intl.DateTimeFormat('pl', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(changedAt));
    await expect(note).toHaveText(workerText('pl', 'outdatedNote', { language: languageInfo('nl').nativeName, date }) + workerText('pl', 'showOriginal'));
    await expect(page.getByTestId('fallback-note')).toHaveCount(0);
    await shoot(page, 'article-pl-outdated-portrait');
    await page.setViewportSize(LANDSCAPE);
    await shoot(page, 'article-pl-outdated-landscape');
    await page.setViewportSize(PORTRAIT);

    // One tap shows the original with the new sentence, another brings the translation back.
    await page.getByTestId('toggle-original').click();
    await expect(page.locator('.article-title')).toHaveText(dutchTitle);
    await expect(page.getByTestId('article-text')).toContainText('Vanaf januari gelden nieuwe regels.');
    await expect(note).toContainText(workerText('pl', 'originalNote', { language: languageInfo('nl').nativeName }));
    await page.getByTestId('toggle-original').click();
    await expect(page.locator('.article-title')).toHaveText(title);

    // The search still finds it, in Polish, by a word of its Polish body.
    await page.locator('.top-bar').getByRole('button', { name: workerText('pl', 'search') }).click();
    await typeOnScreen(page, bodyWord(entry!)!);
    await screen(page, 'search').locator('.entry', { hasText: title }).click();
    await expect(page.locator('.article-title')).toHaveText(title);

    // The console's preview of this site says the same, word for word.
    const locationId = core.location()!.id;
    await editor.goto(`${console.url}/#/preview/${locationId}/pl/${id}`);
    const preview = editor.frameLocator('[data-testid="kiosk-preview-frame"]');
    await expect(preview.locator('.article-title')).toHaveText(title);
    await expect(preview.getByTestId('outdated-note')).toHaveText((await note.textContent())!);

    // Withdrawn in the editor: the open article turns to the English or Dutch text, with the fallback note; the audit trail has it.
    await editor.goto(`${console.url}/#/item/${id}`);
    await editor.getByTestId('tab-pl').click();
    await editor.getByRole('button', { name: 'Vertaling intrekken' }).click();
    await expect(editor.getByTestId('tab-pl')).toHaveAttribute('data-status', 'withdrawn');
    await expect.poll(() => core.store.entry(id, 'pl', now())?.isFallback, { timeout: 10_000 }).toBe(true);
    const fallback = core.store.entry(id, 'pl', now()) as FeedEntry;
    await expect(page.locator('.article-title')).toHaveText(fallback.title, { timeout: 10_000 });
    await expect(page.getByTestId('fallback-note')).toContainText(workerText('pl', 'fallbackNote', { language: languageInfo(fallback.shownLanguage).nativeName }));
    const audit = await (await kiosk.env.admin()).users.audit.query({ limit: 5 });
    expect(audit.entries.find((a) => a.entityId === id && a.action === 'item.update')?.detail).toMatchObject({ withdrawn: ['pl'] });

    // Made current again: Polish is back, without a note.
    await editor.getByRole('button', { name: 'Markeren als actueel' }).click();
    await expect(editor.getByTestId('tab-pl')).toHaveAttribute('data-status', 'current');
    await expect(page.locator('.article-title')).toHaveText(title, { timeout: 10_000 });
    await expect(page.getByTestId('outdated-note')).toHaveCount(0);
    await expect(page.getByTestId('fallback-note')).toHaveCount(0);
    await editor.context().close();
  } finally {
    await console.close();
    await kiosk.close();
  }
});
