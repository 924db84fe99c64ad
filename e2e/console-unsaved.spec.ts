import { expect, test, type Page } from '@playwright/test';
import { startConsoleEnv, type ConsoleEnv, type ConsoleRun } from './helpers/console-env';
import { openConsoleAs, screenshot } from './console-admin-helpers';

/**
 * No silent loss: leaving an item with unsaved changes asks first (sidebar, back, another
 * item, sign-out), and the unsaved edits survive a desktop core that dies and starts again.
 */
const EDITOR = 'editor@waalhaven.example';

test.describe.configure({ mode: 'serial' });

let env: ConsoleEnv;
let run: ConsoleRun;
let page: Page;
let itemId = '';
let otherId = '';

test.beforeAll(async ({ browser }) => {
  env = await startConsoleEnv();
  page = await browser.newPage();
  run = await openConsoleAs(env, page, EDITOR, 'content');
  const items = run.core.store.views().filter((i) => i.translations.nl);
  itemId = items[0]!.id;
  otherId = items[1]!.id;
});

test.afterAll(async () => {
  await env?.close();
});

const leaveDialog = () => page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });

async function editTitle(text: string) {
  await page.goto(`${run.url}/#/item/${itemId}`);
  const title = page.getByTestId('title-nl');
  await title.fill(text);
  await expect(page.getByTestId('item-dirty')).toHaveAttribute('data-kept', 'true');
}

test('leaving an item with unsaved changes asks first, every way out, and keeps the edit', async () => {
  await editTitle('Spreekuur wijkteam (gewijzigd)');

  // The sidebar.
  await page.getByRole('link', { name: 'Inhoud', exact: true }).click();
  await expect(leaveDialog()).toBeVisible();
  await screenshot(page, 'console-leave-dialog-nl');
  await leaveDialog().getByRole('button', { name: 'Verder bewerken' }).click();
  await expect(page).toHaveURL(new RegExp(`#/item/${itemId}$`));
  await expect(page.getByTestId('title-nl')).toHaveValue('Spreekuur wijkteam (gewijzigd)');

  // The browser's back button.
  await page.goBack();
  await expect(leaveDialog()).toBeVisible();
  await leaveDialog().getByRole('button', { name: 'Verder bewerken' }).click();
  await expect(page.getByTestId('title-nl')).toHaveValue('Spreekuur wijkteam (gewijzigd)');

  // Another item, by its address.
  await page.evaluate((id) => (window.location.hash = `#/item/${id}`), otherId);
  await expect(leaveDialog()).toBeVisible();
  await leaveDialog().getByRole('button', { name: 'Verder bewerken' }).click();
  await expect(page).toHaveURL(new RegExp(`#/item/${itemId}$`));

  // Signing out.
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(leaveDialog()).toBeVisible();
  await leaveDialog().getByRole('button', { name: 'Verder bewerken' }).click();
  await expect(page.getByTestId('title-nl')).toHaveValue('Spreekuur wijkteam (gewijzigd)');

  // "Don't save" leaves, and the edit is gone for good.
  await page.getByRole('link', { name: 'Inhoud', exact: true }).click();
  await leaveDialog().getByRole('button', { name: 'Niet opslaan' }).click();
  await expect(page).toHaveURL(/#\/content$/);
  await page.goto(`${run.url}/#/item/${itemId}`);
  await expect(page.getByTestId('title-nl')).not.toHaveValue('Spreekuur wijkteam (gewijzigd)');
  await expect(page.getByTestId('restored-draft')).toHaveCount(0);
});

test('"save and continue" saves, then goes where the person wanted', async () => {
  await editTitle('Spreekuur wijkteam Lage Weide');
  await page.getByRole('link', { name: 'Inhoud', exact: true }).click();
  await leaveDialog().getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page).toHaveURL(/#\/content$/);
  await expect.poll(() => run.core.store.view(itemId)?.translations.nl?.title).toBe('Spreekuur wijkteam Lage Weide');
});

test('a new item with something typed in asks too; an empty one does not', async () => {
  await page.goto(`${run.url}/#/item/new`);
  await expect(page.getByTestId('title-nl')).toBeVisible();
  await page.getByRole('link', { name: 'Inhoud', exact: true }).click();
  await expect(page).toHaveURL(/#\/content$/);

  await page.goto(`${run.url}/#/item/new`);
  await page.getByTestId('title-nl').fill('Nieuw: ophalen grofvuil');
  await page.getByRole('link', { name: 'Overzicht', exact: true }).click();
  await expect(leaveDialog()).toBeVisible();
  await leaveDialog().getByRole('button', { name: 'Niet opslaan' }).click();
  await expect(page).toHaveURL(/#\/dashboard$/);
});

test('unsaved edits survive a desktop core that dies: the restarted console brings them back', async () => {
  await editTitle('Spreekuur na de crash');
  await run.crash();
  run = await env.openConsole(run);
  await page.reload();
  await expect(page.getByTestId('restored-draft')).toBeVisible();
  await expect(page.getByTestId('title-nl')).toHaveValue('Spreekuur na de crash');
  await expect(page.getByTestId('item-dirty')).toBeVisible();
  await screenshot(page, 'console-restored-draft-nl');
  // Nothing was sent: the stored item is as it was until the person saves.
  expect(run.core.store.view(itemId)?.translations.nl?.title).toBe('Spreekuur wijkteam Lage Weide');
  await page.getByTestId('save').click();
  await expect(page.getByTestId('item-dirty')).toHaveCount(0);
  await expect.poll(() => run.core.store.view(itemId)?.translations.nl?.title).toBe('Spreekuur na de crash');
});
