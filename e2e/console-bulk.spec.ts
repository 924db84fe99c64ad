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
