import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { startConsoleEnv, type ConsoleEnv } from './helpers/console-env';
import { hubClient } from '../main/core/hub-client';
import { DEMO_PASSWORD } from '../main/hub/demo/seed';
import type { AdminCore } from '../main/core/admin/admin-core';

/**
 * The admin console's content screens against a real hub with the demo data and real desktop
 * cores: sign in, write, translate, publish, outdated translations, tenant isolation, offline
 * edits, conflicts between two consoles, and field errors. Screenshots of every screen, NL and EN.
 */
const SHOTS = resolve(import.meta.dirname, '../screenshots');
const MUNICIPALITY_EDITOR = 'editor@waalhaven.example';
const MUNICIPALITY_ADMIN = 'admin@waalhaven.example';
const EMPLOYER_EDITOR = 'editor@flexwerk.example';
const HOUSING_SITE = 'Huisvesting De Lage Weide';

test.describe.configure({ mode: 'serial' });

let env: ConsoleEnv;
let editor: Page;
let editorCore: AdminCore;
let itemId = '';
const dutchTitle = `Afvalkalender Lage Weide ${Date.now()}`;
const polishTitle = 'Kalendarz odbioru śmieci Lage Weide';

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  env = await startConsoleEnv();
});

test.afterAll(async () => {
  await env?.close();
});

async function hubAs(email: string) {
  const { token } = await hubClient(env.hub.url).auth.login.mutate({ email, password: DEMO_PASSWORD });
  return hubClient(env.hub.url, token);
}

/** Saves the screen in Dutch and in English, then switches back to Dutch. A dialog is reopened after each switch. */
async function shoot(page: Page, name: string, dialog?: { open(): Promise<void> }) {
  for (const language of ['nl', 'en'] as const) {
    if (dialog) await page.keyboard.press('Escape');
    await page.getByRole('button', { name: language.toUpperCase(), exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await dialog?.open();
    if (dialog) await expect(page.locator('.MuiDialog-container')).toHaveCSS('opacity', '1');
    await page.screenshot({ path: join(SHOTS, `console-${name}-${language}.png`), animations: 'disabled' });
  }
  if (dialog) await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'NL', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
}

async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('Adres van de server').fill(env.hub.url);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

/** A new console (its own desktop core) in a new page, signed in and synced. */
async function openSignedIn(browser: Browser, email: string): Promise<{ page: Page; core: AdminCore }> {
  const { url, core } = await env.openConsole();
  const page = await browser.newPage();
  await page.goto(url);
  await fillSignIn(page, email, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Overzicht' })).toBeVisible();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced');
  return { page, core };
}

async function typeBody(page: Page, language: string, text: string) {
  const body = page.getByTestId(`body-${language}`);
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

async function save(page: Page) {
  await page.getByTestId('save').click();
  await expect(page.getByTestId('item-dirty')).toHaveCount(0);
}

/** Goes to a screen of the console by its hash route, e.g. `item/<id>`. */
async function go(page: Page, route: string) {
  await page.goto(`${new URL(page.url()).origin}/#/${route}`);
}

/** Types a date and time as a person does, digit by digit into the field's day, month, year, hour and minute. */
async function typeDateTime(page: Page, label: string, text: string) {
  await page.getByRole('group', { name: label }).locator('[role="spinbutton"]').first().click();
  await page.keyboard.type(text.replace(/\D/g, ''));
}

async function openItem(page: Page, id: string) {
  await go(page, `item/${id}`);
  await page.getByTestId('tab-nl').click();
  await expect(page.getByTestId('title-nl')).toBeVisible();
}

test('a municipality editor writes an item in Dutch, translates it into Polish and publishes it; the housing site shows it', async ({ browser }) => {
  const { url, core } = await env.openConsole();
  editorCore = core;
  editor = await browser.newPage();
  await editor.goto(url);
  await shoot(editor, 'signin');

  // A hub that does not answer is named beside the address, a wrong password beside the password.
  await editor.getByLabel('Adres van de server').fill('http://127.0.0.1:9');
  await editor.getByLabel('E-mailadres').fill(MUNICIPALITY_EDITOR);
  await editor.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await editor.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(editor.getByText('De Wegwijs-server is nu niet bereikbaar. Probeer het opnieuw als je weer online bent.')).toBeVisible();
  await fillSignIn(editor, MUNICIPALITY_EDITOR, 'not-the-password');
  await expect(editor.getByText('E-mailadres of wachtwoord klopt niet')).toBeVisible();
  await editor.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await editor.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(editor.getByRole('heading', { name: 'Overzicht' })).toBeVisible();
  await expect(editor.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced');
  await expect(editor.getByTestId('count-published')).not.toHaveText('0');
  await shoot(editor, 'dashboard');

  await editor.getByRole('link', { name: 'Inhoud' }).click();
  await expect(editor.getByRole('heading', { name: 'Inhoud' })).toBeVisible();
  await expect(editor.locator('.MuiDataGrid-row').first()).toBeVisible();
  await shoot(editor, 'content-list');

  // A demo item with a Polish translation: its source text beside the translation.
  const translated = editor.locator('.MuiDataGrid-row:has([data-testid="lang-pl"][data-status="current"])').first();
  if (await translated.count()) {
    await translated.click();
    await editor.getByTestId('tab-pl').click();
    await expect(editor.getByTestId('source-column')).toBeVisible();
    await shoot(editor, 'editor-source-beside-translation');
    await editor.getByRole('link', { name: '← Alle inhoud' }).click();
  }

  await editor.getByRole('link', { name: 'Nieuw item' }).click();
  await editor.getByRole('combobox', { name: 'Categorie' }).click();
  await editor.getByRole('option', { name: 'Wonen' }).click();
  await editor.getByTestId('title-nl').fill(dutchTitle);
  await editor.getByTestId('summary-nl').fill('Wanneer de containers bij de woningen geleegd worden.');
  await typeBody(editor, 'nl', 'De groene container wordt op maandag geleegd.');
  await editor.getByTestId('save').click();
  await expect(editor).toHaveURL(/#\/item\/[0-9a-f-]{36}$/);
  itemId = /#\/item\/([0-9a-f-]{36})$/.exec(editor.url())![1]!;
  await expect(editor.getByTestId('editor-title')).toHaveText(dutchTitle);

  await editor.getByTestId('tab-pl').click();
  await expect(editor.getByTestId('source-column')).toContainText('De groene container wordt op maandag geleegd.');
  await editor.getByTestId('title-pl').fill(polishTitle);
  await editor.getByTestId('summary-pl').fill('Kiedy opróżniane są kontenery przy domach.');
  await typeBody(editor, 'pl', 'Zielony kontener jest opróżniany w poniedziałek.');
  await save(editor);
  await expect(editor.getByTestId('tab-pl')).toHaveAttribute('data-status', 'current');
  await expect(editor.getByTestId('item-synced')).toBeVisible();

  await editor.getByTestId('toggle-publish').click();
  await expect(editor.getByTestId('toggle-publish')).toHaveText('Niet meer publiceren');
  await expect(editor.getByTestId('item-synced')).toBeVisible();
  await expect(editor.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced');
  await shoot(editor, 'editor-translation');

  const openHistory = async () => {
    await editor.getByTestId('open-history').click();
    await expect(editor.getByTestId('history-list').getByRole('button')).toHaveCount(3);
    await editor.getByTestId('history-list').getByRole('button').last().click();
    await expect(editor.getByTestId('restore')).toBeVisible();
  };
  await openHistory();
  await shoot(editor, 'history', { open: openHistory });

  // The worker at the housing site reads it in Polish.
  const admin = await hubAs(MUNICIPALITY_ADMIN);
  const site = (await admin.locations.list.query()).find((l) => l.name === HOUSING_SITE)!;
  await expect
    .poll(async () => (await admin.feed.merged.query({ locationId: site.id, language: 'pl' })).find((e) => e.id === itemId))
    .toMatchObject({ title: polishTitle, shownLanguage: 'pl', isFallback: false });
  // And the console's kiosk preview of that site shows it too.
  await go(editor, `preview/${site.id}/pl/${itemId}`);
  await expect(editor.frameLocator('[data-testid="kiosk-preview-frame"]').locator('.article-title')).toHaveText(polishTitle);
});

test('changing the Dutch text marks the Polish translation outdated, in the editor and in the list', async () => {
  await openItem(editor, itemId);

  // A minor edit leaves the translation as it is.
  await typeBody(editor, 'nl', ' ');
  await editor.getByTestId('summary-nl').fill('Wanneer de containers bij de woningen worden geleegd.');
  await editor.getByTestId('minor-edit').check();
  await save(editor);
  await expect(editor.getByTestId('item-synced')).toBeVisible();
  await expect(editor.getByTestId('tab-pl')).toHaveAttribute('data-status', 'current');

  await typeBody(editor, 'nl', ' Op donderdag de grijze container.');
  await save(editor);
  await expect(editor.getByTestId('tab-pl')).toHaveAttribute('data-status', 'outdated');
  await expect(editor.getByTestId('item-synced')).toBeVisible();
  await editor.getByTestId('tab-pl').click();
  await expect(editor.getByTestId('translation-status')).toHaveAttribute('data-status', 'outdated');
  await expect(editor.getByTestId('source-column')).toContainText('Op donderdag de grijze container.');
  // What changed in the source since the translation was up to date: the new sentence, not the
  // summary (that edit was minor and left the translation current).
  const sourceChanges = editor.getByTestId('source-changes');
  await expect(sourceChanges.locator('ins').first()).toContainText('Op donderdag de grijze container.');
  await expect(sourceChanges).not.toContainText('Korte samenvatting');
  await shoot(editor, 'editor-outdated');

  await go(editor, 'content/lang/pl/status/outdated');
  const row = editor.locator('.MuiDataGrid-row', { hasText: dutchTitle });
  await expect(row.getByTestId('lang-pl')).toHaveAttribute('data-status', 'outdated');
  await expect(row.getByTestId('lang-nl')).toHaveAttribute('data-status', 'current');

  // Still right after all: mark it as up to date again.
  await row.click();
  await editor.getByTestId('tab-pl').click();
  await editor.getByRole('button', { name: 'Markeren als actueel' }).click();
  await expect(editor.getByTestId('tab-pl')).toHaveAttribute('data-status', 'current');
});

test("an employer's editor sees none of the municipality's drafts and cannot open one by its URL", async ({ browser }) => {
  const municipality = await hubAs(MUNICIPALITY_EDITOR);
  const draftId = randomUUID();
  const secret = `Concept: nieuwe regels parkeren ${Date.now()}`;
  const { results } = await municipality.sync.push.mutate({
    mutations: [{ mutationId: randomUUID(), type: 'item.create', itemId: draftId, fields: { category: 'rules', kind: 'article', sourceLanguage: 'nl' }, source: { title: secret, summary: 'Nog geheim', body: '<p>Nog geheim.</p>' } }],
  });
  expect(results[0]!.status).toBe('applied');

  const { page } = await openSignedIn(browser, EMPLOYER_EDITOR);
  await page.getByRole('link', { name: 'Inhoud' }).click();
  await expect(page.locator('.MuiDataGrid-row').first()).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(page.getByText(dutchTitle)).toHaveCount(0);

  await go(page, `item/${draftId}`);
  await expect(page.getByTestId('item-not-found')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(secret);
  await expect(page.locator('body')).not.toContainText('Nog geheim');
  await page.close();
});

test('with the hub stopped an edit is kept and shown as pending, and pushed when the hub is back', async () => {
  await openItem(editor, itemId);
  await env.stopHub();
  await expect(editor.getByTestId('sync-status')).toHaveAttribute('data-state', 'offline');

  const offlineTitle = `${dutchTitle} (offline gewijzigd)`;
  await editor.getByTestId('title-nl').fill(offlineTitle);
  await save(editor);
  await expect(editor.getByTestId('sync-status')).toContainText('1 wachtend');
  await expect(editor.getByTestId('sync-status')).toHaveAttribute('data-state', 'offline');
  await expect(editor.getByTestId('item-pending')).toBeVisible();
  await shoot(editor, 'editor-offline');

  await env.startHub();
  await expect(editor.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced', { timeout: 20_000 });
  await expect(editor.getByTestId('sync-status')).toHaveText('Gesynchroniseerd');
  await expect(editor.getByTestId('item-synced')).toBeVisible();
  const hub = await hubAs(MUNICIPALITY_EDITOR);
  expect((await hub.content.get.query({ itemId })).translations.nl?.title).toBe(offlineTitle);
});

/** Console B changes the Dutch title (and summary) without having seen console A's new title. */
async function makeConflict(a: Page, b: { page: Page; core: AdminCore }, titles: { a: string; b: string }, summaryB: string) {
  // Both consoles start from the hub's current revision.
  const current = (await (await hubAs(MUNICIPALITY_EDITOR)).content.get.query({ itemId })).revision;
  await expect.poll(() => editorCore.store.serverItem(itemId)?.revision).toBe(current);
  await expect.poll(() => b.core.store.serverItem(itemId)?.revision).toBe(current);
  await openItem(b.page, itemId);
  b.core.stopLoops(); // B stays on the revision it has, as if A's change had not reached it yet.

  await openItem(a, itemId);
  await a.getByTestId('title-nl').fill(titles.a);
  await save(a);
  await expect(a.getByTestId('item-synced')).toBeVisible();

  await b.page.getByTestId('title-nl').fill(titles.b);
  await b.page.getByTestId('summary-nl').fill(summaryB);
  await save(b.page);
  await expect(b.page.getByTestId('sync-status')).toContainText('1 conflict');
  await b.page.getByTestId('sync-status').click();
  const conflict = b.page.getByTestId('conflict');
  await expect(conflict.getByTestId('row-t.nl.title')).toHaveAttribute('data-kind', 'conflict');
  await expect(conflict.getByTestId('mine-t.nl.title')).toHaveText(titles.b);
  await expect(conflict.getByTestId('theirs-t.nl.title')).toHaveText(titles.a);
  await expect(conflict.getByTestId('row-t.nl.summary')).toHaveAttribute('data-kind', 'mine');
  return conflict;
}

test('two consoles change the same title: the second sees both versions, keeps its own, and nothing is lost', async ({ browser }) => {
  const b = await openSignedIn(browser, MUNICIPALITY_ADMIN);
  const titles = { a: 'Afvalkalender (versie A)', b: 'Afvalkalender (versie B)' };
  const conflict = await makeConflict(editor, b, titles, 'Samenvatting van B');
  await shoot(b.page, 'conflicts');

  await conflict.getByRole('button', { name: 'Mijn versie houden' }).click();
  await expect(b.page.getByTestId('no-conflicts')).toBeVisible();
  b.core.start();
  await expect(b.page.getByTestId('sync-status')).toHaveText('Gesynchroniseerd');

  const hub = await hubAs(MUNICIPALITY_EDITOR);
  const item = await hub.content.get.query({ itemId });
  expect(item.translations.nl).toMatchObject({ title: titles.b, summary: 'Samenvatting van B' });
  // A's title is not gone: it is a revision in the history.
  const history = await hub.content.history.query({ itemId });
  expect(history.some((r) => r.snapshot.translations.nl?.title === titles.a)).toBe(true);

  // Keeping the hub's version instead: A's title stays, and B's other change (the summary) is kept too.
  const again = { a: 'Afvalkalender (versie A2)', b: 'Afvalkalender (versie B2)' };
  const second = await makeConflict(editor, b, again, 'Samenvatting van B2');
  await second.getByRole('button', { name: 'Versie van de server houden' }).click();
  await expect(b.page.getByTestId('no-conflicts')).toBeVisible();
  b.core.start();
  await expect(b.page.getByTestId('sync-status')).toHaveText('Gesynchroniseerd');
  await expect
    .poll(async () => (await hub.content.get.query({ itemId })).translations.nl)
    .toMatchObject({ title: again.a, summary: 'Samenvatting van B2' });
  await b.page.close();
});

test('an old version can be restored from the history', async () => {
  const hub = await hubAs(MUNICIPALITY_EDITOR);
  const wanted = (await hub.content.history.query({ itemId })).find((r) => r.snapshot.translations.nl?.title === 'Afvalkalender (versie A)')!;
  await openItem(editor, itemId);
  await editor.getByTestId('open-history').click();
  await editor.getByTestId('history-list').getByRole('button', { name: new RegExp(`^versie ${wanted.revision}\\b`) }).click();
  await expect(editor.getByTestId('history-preview').locator('ins').first()).toBeVisible();
  // Who did what, and the words that changed against the version before it.
  await expect(editor.getByTestId('history-list').getByRole('button', { name: new RegExp(`^versie ${wanted.revision}\\b`) })).toContainText('Titel gewijzigd');
  const current = (await hub.content.get.query({ itemId })).translations.nl!.title;
  // Restoring shows first what it would change: the current title goes, version A's comes back.
  await editor.getByTestId('restore').click();
  const check = editor.getByTestId('restore-check');
  // Read the word diff both ways: without its insertions it is the title now, without its deletions version A's.
  const side = (drop: 'ins' | 'del') =>
    check.locator('[data-testid="word-diff"]').first().evaluate((el, tag) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(tag).forEach((n) => n.remove());
      return copy.textContent;
    }, drop);
  expect(await side('ins')).toBe(current);
  expect(await side('del')).toBe('Afvalkalender (versie A)');
  expect((await hub.content.get.query({ itemId })).translations.nl?.title).toBe(current);
  await editor.screenshot({ path: join(SHOTS, 'console-history-restore-check-nl.png'), animations: 'disabled' });
  await editor.getByTestId('restore-confirm').click();
  await expect(editor.getByRole('dialog')).toHaveCount(0);
  await expect(editor.getByTestId('editor-title')).toHaveText('Afvalkalender (versie A)');
  expect((await hub.content.get.query({ itemId })).translations.nl?.title).toBe('Afvalkalender (versie A)');
});

test('an image is uploaded to the hub and an item can be deleted', async () => {
  await openItem(editor, itemId);
  const png = new PNG({ width: 4, height: 4 });
  await editor.getByTestId('image-input').setInputFiles({ name: 'container.png', mimeType: 'image/png', buffer: PNG.sync.write(png) });
  await expect(editor.getByText(/^container\.png \(\d+ kB\)$/)).toBeVisible();
  await save(editor);
  const hub = await hubAs(MUNICIPALITY_EDITOR);
  await expect.poll(async () => (await hub.content.get.query({ itemId })).images.length).toBe(1);

  // A throwaway item: deleted after confirming, gone from the list and from the hub.
  const doomed = randomUUID();
  await hub.sync.push.mutate({
    mutations: [{ mutationId: randomUUID(), type: 'item.create', itemId: doomed, fields: { category: 'work', kind: 'article', sourceLanguage: 'nl' }, source: { title: 'Oude vacaturebank' } }],
  });
  await expect.poll(() => editorCore.store.serverItem(doomed)?.id).toBe(doomed);
  await openItem(editor, doomed);
  await editor.getByRole('button', { name: 'Verwijderen' }).click();
  await editor.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(editor.getByRole('heading', { name: 'Inhoud' })).toBeVisible();
  await expect(editor.getByText('Oude vacaturebank')).toHaveCount(0);
  await expect.poll(async () => (await hub.content.list.query()).some((i) => i.id === doomed)).toBe(false);
});

test('a translator can change only the translations, and a viewer can only read', async ({ browser }) => {
  const translator = await openSignedIn(browser, 'translator@waalhaven.example');
  await openItem(translator.page, itemId);
  await expect(translator.page.getByTestId('title-nl')).toBeDisabled();
  await expect(translator.page.getByTestId('field-category')).toBeDisabled();
  await expect(translator.page.getByTestId('toggle-publish')).toHaveCount(0);
  await translator.page.getByTestId('tab-pl').click();
  await translator.page.getByTestId('title-pl').fill('Kalendarz odpadów');
  await save(translator.page);
  await expect(translator.page.getByTestId('item-synced')).toBeVisible();
  const hub = await hubAs(MUNICIPALITY_EDITOR);
  await expect.poll(async () => (await hub.content.get.query({ itemId })).translations.pl?.title).toBe('Kalendarz odpadów');
  await translator.page.close();

  const viewer = await openSignedIn(browser, 'viewer@waalhaven.example');
  await openItem(viewer.page, itemId);
  await expect(viewer.page.getByText('Je kunt dit item alleen lezen.')).toBeVisible();
  await expect(viewer.page.getByTestId('title-nl')).toBeDisabled();
  await expect(viewer.page.getByTestId('save')).toHaveCount(0);
  await viewer.page.getByTestId('tab-pl').click();
  await expect(viewer.page.getByTestId('title-pl')).toBeDisabled();
  await viewer.page.close();
});

test('an article gets contact details without becoming a contact card', async () => {
  await openItem(editor, itemId);
  expect(editorCore.store.view(itemId)?.kind).toBe('article');
  await editor.getByTestId('add-contact').click();
  await editor.getByRole('button', { name: 'Nummer toevoegen' }).click();
  await editor.getByTestId('phone-0').fill('+31 416 683 456');
  await save(editor);
  await expect.poll(() => editorCore.store.view(itemId)?.contact?.phones).toEqual([{ number: '+31 416 683 456', label: 'main' }]);
  expect(editorCore.store.view(itemId)?.kind).toBe('article');
  await expect(editor.getByRole('combobox', { name: 'Soort' }).first()).toHaveText('Artikel');
});

test('a date typed the Dutch way (dd-mm-jjjj, 24-hour clock) is saved as that moment, and shown the English way in English', async () => {
  await openItem(editor, itemId);
  await typeDateTime(editor, 'Zichtbaar tot', '31-12-2030 17:45');
  const field = editor.getByRole('group', { name: 'Zichtbaar tot' });
  await expect(field).toHaveText(/31-12-2030 17:45/);
  await save(editor);
  const expected = await editor.evaluate(() => new Date(2030, 11, 31, 17, 45).toISOString());
  await expect.poll(() => editorCore.store.view(itemId)?.validUntil).toBe(expected);
  await editor.reload();
  await expect(editor.getByRole('group', { name: 'Zichtbaar tot' })).toHaveText(/31-12-2030 17:45/);
  await editor.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(editor.getByRole('group', { name: 'Visible until' })).toHaveText(/31\/12\/2030 17:45/);
  await editor.getByRole('button', { name: 'NL', exact: true }).click();
});

test("a form with bad input shows each field's error beside it, and nothing is queued", async () => {
  await go(editor, 'item/new');
  await editor.getByTestId('save').click();
  await expect(editor.getByText('Een titel is verplicht')).toBeVisible();
  await expect(editor.getByText('Kies een categorie')).toBeVisible();

  await editor.getByTestId('title-nl').fill('Spreekuur wijkteam');
  await typeDateTime(editor, 'Zichtbaar vanaf', '10-05-2030 09:00');
  await typeDateTime(editor, 'Zichtbaar tot', '01-05-2030 09:00');
  await editor.getByRole('combobox', { name: 'Soort' }).click();
  await editor.getByRole('option', { name: 'Contactkaart' }).click();
  await editor.getByRole('button', { name: 'Nummer toevoegen' }).click();
  await editor.getByTestId('phone-0').fill('bel ons maar');
  await editor.getByTestId('save').click();
  await expect(editor.getByText('"Zichtbaar tot" moet later zijn dan "zichtbaar vanaf"')).toBeVisible();
  await expect(editor.getByText('Gebruik cijfers, spaties en eventueel een + vooraan, zoals +31 416 683 456')).toBeVisible();
  await expect(editor.getByText('Een titel is verplicht')).toHaveCount(0);
  await expect(editor.getByTestId('save-error')).toBeVisible();
  // The settings and the contact card, just below the sticky header.
  await editor.locator('#settings-title').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 170));
  await shoot(editor, 'editor-errors');
  await expect(editor.getByTestId('sync-status')).toHaveText('Gesynchroniseerd');
});
