import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startConsoleEnv, type ConsoleEnv } from './helpers/console-env';
import { hubClient } from '../main/core/hub-client';
import { DEMO_PASSWORD } from '../main/hub/demo/seed';

/**
 * A translation agency's round trip in the console against a real hub with the demo data: export
 * what Polish lacks, translate in the XML, import it back after seeing the diff; a broken file is refused.
 */
const SHOTS = resolve(import.meta.dirname, '../screenshots');
const EDITOR = 'editor@waalhaven.example';

let env: ConsoleEnv;
test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  env = await startConsoleEnv();
});
test.afterAll(async () => {
  await env?.close();
});

async function signIn(page: Page, url: string) {
  await page.goto(url);
  await page.getByLabel('Adres van de server').fill(env.hub.url);
  await page.getByLabel('E-mailadres').fill(EDITOR);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced');
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `console-${name}-nl.png`), animations: 'disabled' });

/** The agency's work: every <target> gets a new Polish text, the HTML of the body kept as it is. */
function translateAll(xml: string): string {
  return xml.replace(/<trans-unit id="(\w+)">(\s*)<source>([\s\S]*?)<\/source>(\s*)<target>[\s\S]*?<\/target>/g, (_, id: string, s1: string, source: string, s2: string) => {
    const target = id === 'body' ? source.replace(/&lt;p&gt;/, '&lt;p&gt;Po polsku: ') : `Po polsku: ${source}`;
    return `<trans-unit id="${id}">${s1}<source>${source}</source>${s2}<target>${target}</target>`;
  });
}

test('an editor exports the missing Polish translations, the agency fills them in, the import shows the diff and saves them', async ({ page }) => {
  const { url, core } = await env.openConsole();
  await signIn(page, url);
  await page.goto(`${url}#/content`);

  await page.getByRole('button', { name: 'Exporteren voor vertaling' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/items? om te vertalen/)).toBeVisible();
  await expect(dialog.getByText('ontbreekt').first()).toBeVisible();
  await shot(page, 'translation-export');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Downloaden' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^wegwijs_gemeente-waalhaven_nl-pl_.+\.xliff$/);
  const xml = readFileSync((await download.path())!, 'utf8');
  expect(xml).toContain('version="1.2"');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  // A broken file is refused with its reason, and nothing can be imported.
  await page.getByRole('button', { name: 'Vertaling importeren' }).click();
  await page.getByTestId('import-files').setInputFiles([
    { name: 'terug.xliff', mimeType: 'application/xliff+xml', buffer: Buffer.from(translateAll(xml)) },
    { name: 'kapot.xliff', mimeType: 'application/xliff+xml', buffer: Buffer.from(xml.slice(0, 400)) },
  ]);
  await expect(page.getByTestId('import-blocked')).toContainText('kapot.xliff: het bestand is niet compleet');
  await expect(page.getByRole('button', { name: /importeren$/ }).last()).toBeDisabled();
  await shot(page, 'translation-import-refused');

  await page.getByTestId('import-files').setInputFiles([{ name: 'terug.xliff', mimeType: 'application/xliff+xml', buffer: Buffer.from(translateAll(xml)) }]);
  await expect(page.getByTestId('import-blocked')).toHaveCount(0);
  const changes = page.getByTestId('import-change');
  await expect(changes.first()).toBeVisible();
  const count = await changes.count();
  expect(count).toBeGreaterThan(0);
  await shot(page, 'translation-import-diff');
  await expect(changes.first().getByTestId('word-diff').first()).toContainText('polsku');
  await expect(changes.first().locator('del').first()).toBeVisible();

  await page.getByLabel('Actueel: werknemers zien het meteen').check();
  await page.getByRole('button', { name: `${count} vertaling${count === 1 ? '' : 'en'} importeren` }).click();
  await expect(page.getByTestId('import-done')).toBeVisible();
  await core.syncNow();
  expect(core.status()).toMatchObject({ pending: 0, conflicts: 0 });

  const { token } = await hubClient(env.hub.url).auth.login.mutate({ email: EDITOR, password: DEMO_PASSWORD });
  const hub = hubClient(env.hub.url, token);
  const items = await hub.content.list.query();
  const translated = items.filter((i) => i.translations.pl?.title.startsWith('Po polsku: '));
  expect(translated).toHaveLength(count);
  expect(translated.every((i) => i.translations.pl?.status === 'current')).toBe(true);
  const audit = await hubClient(env.hub.url, (await hubClient(env.hub.url).auth.login.mutate({ email: 'admin@waalhaven.example', password: DEMO_PASSWORD })).token).users.audit.query({ limit: 500 });
  expect(audit.entries.filter((a) => a.action === 'item.translation_import')).toHaveLength(count);
});
