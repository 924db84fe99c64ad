import { expect, test, type Page } from '@playwright/test';
import { startConsoleEnv, type ConsoleEnv, type ConsoleRun } from './helpers/console-env';
import { openConsoleAs, screenshot } from './console-admin-helpers';

/** Bulk work in the content list, and the full-text search in every language. */
const EDITOR = 'editor@waalhaven.example';

test.describe.configure({ mode: 'serial' });

let env: ConsoleEnv;
let run: ConsoleRun;
let page: Page;

test.beforeAll(async ({ browser }) => {
  env = await startConsoleEnv();
  page = await browser.newPage();
  run = await openConsoleAs(env, page, EDITOR, 'content');
});

test.afterAll(async () => {
  await env?.close();
});

const row = (id: string) => page.locator(`.MuiDataGrid-row[data-id="${id}"]`);
const published = (id: string) => run.core.store.view(id)?.published;

test('three items published at once with one question, and the one "undo" puts all three back', async () => {
  const three = run.core.store.views().filter((i) => i.published && i.translations.nl).slice(0, 3).map((i) => i.id);
  expect(three).toHaveLength(3);
  for (const id of three) await row(id).getByRole('checkbox').check();
  const bar = page.getByTestId('bulk-actions');
  await expect(bar).toContainText('3 items gekozen');

  // First take them off the kiosks (so there is something to publish).
  await bar.getByRole('button', { name: 'Niet meer publiceren' }).click();
  await expect(page.getByRole('dialog')).toContainText('3 items niet meer publiceren?');
  await page.getByTestId('bulk-confirm').click();
  await expect.poll(() => three.map(published)).toEqual([false, false, false]);
  await expect(page.getByText('3 items niet meer gepubliceerd')).toBeVisible();

  for (const id of three) await row(id).getByRole('checkbox').check();
  await bar.getByRole('button', { name: 'Publiceren', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('3 items publiceren?');
  await screenshot(page, 'console-bulk-confirm-nl');
  await page.getByTestId('bulk-confirm').click();
  await expect.poll(() => three.map(published)).toEqual([true, true, true]);
  await expect(page.getByText('3 items gepubliceerd')).toBeVisible();
  await screenshot(page, 'console-bulk-undo-nl');
  await page.getByTestId('bulk-undo').click();
  await expect.poll(() => three.map(published)).toEqual([false, false, false]);
});

test('the bulk bar keeps each action on one line at 1440 and at 1280 wide', async () => {
  const three = run.core.store.views().slice(0, 3).map((i) => i.id);
  for (const id of three) await row(id).getByRole('checkbox').check();
  const buttons = page.getByTestId('bulk-actions').getByRole('button');
  for (const width of [1440, 1280]) {
    await page.setViewportSize({ width, height: width === 1440 ? 900 : 720 });
    await screenshot(page, `console-bulk-bar-${width}-nl`);
    const heights = await buttons.evaluateAll((all) => all.map((b) => b.getBoundingClientRect().height));
    // A label that breaks over two lines makes its button taller than the others.
    expect(new Set(heights.map(Math.round)).size, `button heights at ${width}: ${heights.join(', ')}`).toBe(1);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  const tops = await buttons.evaluateAll((all) => all.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(new Set(tops).size, 'every action on one row at 1440').toBe(1);

  // Choosing a category is the move: one question, no second button.
  const category = run.core.store.view(three[0]!)!.category === 'work' ? 'housing' : 'work';
  await page.getByTestId('bulk-actions').getByLabel('Naar categorie').click();
  await page.getByRole('option', { name: category === 'work' ? 'Werk' : 'Wonen' }).click();
  await expect(page.getByRole('dialog')).toContainText('3 items naar');
  await page.getByTestId('bulk-confirm').click();
  await expect.poll(() => three.map((id) => run.core.store.view(id)?.category)).toEqual([category, category, category]);
});

test('the search finds a word that is only in the Polish body of an item', async () => {
  const text = (html: string) => html.replace(/<[^>]*>/g, ' ');
  const candidates = run.core.store.views().flatMap((item) => {
    const pl = item.translations.pl;
    if (!pl) return [];
    const elsewhere = Object.values(item.translations)
      .flatMap((t) => (t ? [t.title, t.summary, t === pl ? '' : text(t.body)] : []))
      .join(' ')
      .toLowerCase();
    const word = text(pl.body)
      .split(/[^\p{L}]+/u)
      .find((w) => w.length >= 7 && !elsewhere.includes(w.toLowerCase()));
    return word ? [{ id: item.id, word }] : [];
  });
  const { id, word } = candidates[0]!;
  await page.getByRole('searchbox').fill(word);
  await expect(row(id)).toBeVisible();
  await expect(page.getByTestId('list-count')).not.toContainText(`${run.core.store.views().length} van`);
  await screenshot(page, 'console-search-polish-nl');
});

test('items chosen in the list are exported for translation from the same bar, and only those are ticked', async () => {
  await page.getByRole('searchbox').fill('');
  const two = run.core.store.views().filter((i) => i.sourceLanguage !== 'pl').slice(0, 2);
  for (const item of two) await row(item.id).getByRole('checkbox').check();
  await page.getByTestId('bulk-actions').getByRole('button', { name: 'Exporteren voor vertaling' }).click();
  const dialog = page.getByRole('dialog');
  const ticked = dialog.getByTestId('export-items').getByRole('checkbox', { checked: true });
  await expect(ticked).toHaveCount(2);
  for (const item of two) await expect(dialog.getByTestId('export-items').getByRole('checkbox', { name: item.translations[item.sourceLanguage]!.title })).toBeChecked();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Downloaden' }).click();
  expect((await download).suggestedFilename()).toMatch(/^wegwijs_.*_2-items_.*\.xliff$/);
});
