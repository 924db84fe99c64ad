import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { startConsoleEnv, type ConsoleEnv } from './helpers/console-env';
import { openConsoleAs, screenshot, switchUiLanguage } from './console-admin-helpers';
import { hubClient } from '../main/core/hub-client';
import { DEMO_PASSWORD } from '../main/hub/demo/seed';

/**
 * What sync faults look like in the console, against a real hub with the demo data and real
 * desktop cores: a kiosk whose clock is two hours off, and a change to an item someone else
 * deleted meanwhile (create it again, or discard the change).
 */
const ADMIN = 'admin@waalhaven.example';
const EDITOR = 'editor@waalhaven.example';
const TWO_HOURS = 2 * 60 * 60_000;

test.describe.configure({ mode: 'serial' });

let env: ConsoleEnv;
test.beforeAll(async () => {
  env = await startConsoleEnv();
});
test.afterAll(async () => {
  await env?.close();
});

async function hubAs(email: string) {
  const { token } = await hubClient(env.hub.url).auth.login.mutate({ email, password: DEMO_PASSWORD });
  return hubClient(env.hub.url, token);
}

/** Both console sizes, Dutch and English. */
async function shootBoth(page: Page, name: string) {
  for (const language of ['nl', 'en'] as const) {
    await switchUiLanguage(page, language);
    for (const [width, height] of [[1440, 900], [1280, 720]] as const) {
      await page.setViewportSize({ width, height });
      await screenshot(page, `${name}-${language}-${width}`);
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await switchUiLanguage(page, 'nl');
}

test('the Kiosks page says when a kiosk’s clock is off by more than a minute', async ({ page }) => {
  const admin = await hubAs(ADMIN);
  const [location] = await admin.locations.list.query();
  const { pairing } = await admin.kiosks.create.mutate({ locationId: location!.id, name: 'Kiosk met verkeerde klok' });
  const { deviceToken } = await hubClient(env.hub.url).device.pair.mutate({ code: pairing.code });
  const device = hubClient(env.hub.url, deviceToken);
  await device.device.heartbeat.mutate({ appVersion: '1.4.2', contentSeq: 12, uptimeSeconds: 600, lastError: null, clock: new Date(Date.now() + TWO_HOURS).toISOString() });

  await openConsoleAs(env, page, ADMIN, 'kiosks');
  const row = page.locator('tr[data-kiosk-id]').filter({ hasText: 'Kiosk met verkeerde klok' });
  await expect(row.getByTestId('kiosk-clock-skew')).toHaveText('Klok loopt 2 uur voor');
  await shootBoth(page, 'console-kiosks-clock');
  await switchUiLanguage(page, 'en');
  await expect(row.getByTestId('kiosk-clock-skew')).toHaveText('Clock 2 hr ahead');
  await switchUiLanguage(page, 'nl');

  // Back in step: the warning goes.
  await device.device.heartbeat.mutate({ appVersion: '1.4.2', contentSeq: 12, uptimeSeconds: 660, lastError: null, clock: new Date().toISOString() });
  await page.getByRole('button', { name: 'Vernieuwen' }).click();
  await expect(row.getByTestId('kiosk-clock-skew')).toHaveCount(0);
});

test('a change to an item someone deleted meanwhile can be created again, with every translation', async ({ page }) => {
  const hub = await hubAs(EDITOR);
  const itemId = randomUUID();
  await hub.sync.push.mutate({
    mutations: [
      { mutationId: randomUUID(), type: 'item.create', itemId, fields: { category: 'daily', kind: 'article', sourceLanguage: 'nl', published: true }, source: { title: 'Grofvuil ophalen', summary: 'Op afspraak.', body: '<p>Bel de gemeente.</p>' } },
      { mutationId: randomUUID(), type: 'item.update', itemId, baseRevision: 1, translations: { pl: { title: 'Odbiór odpadów wielkogabarytowych', summary: 'Na umówienie.', body: '<p>Zadzwoń do gminy.</p>' } } },
    ],
  });
  const { core } = await openConsoleAs(env, page, EDITOR, `item/${itemId}`);
  await expect(page.getByTestId('title-nl')).toHaveValue('Grofvuil ophalen');
  core.stopLoops(); // this console does not hear of the deletion before it saves

  await hub.sync.push.mutate({ mutations: [{ mutationId: randomUUID(), type: 'item.delete', itemId, baseRevision: 2 }] });
  await page.getByTestId('summary-nl').fill('Op afspraak, twee keer per jaar gratis.');
  await page.getByTestId('save').click();
  await expect(page.getByTestId('sync-status')).toContainText('1 conflict');
  await page.getByTestId('sync-status').click();
  const conflict = page.getByTestId('conflict');
  await expect(conflict).toContainText('Iemand anders verwijderde dit item terwijl jij het wijzigde.');
  await expect(conflict.getByTestId('conflict-recreate')).toHaveText('Opnieuw aanmaken');
  await expect(conflict.getByTestId('conflict-discard')).toBeVisible();
  await shootBoth(page, 'console-conflict-deleted');

  await conflict.getByTestId('conflict-recreate').click();
  await expect(page.getByTestId('no-conflicts')).toBeVisible();
  core.start();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced');
  await expect
    .poll(async () => (await hub.content.list.query()).find((i) => i.translations.nl?.title === 'Grofvuil ophalen' && i.id !== itemId)?.translations)
    .toMatchObject({ nl: { summary: 'Op afspraak, twee keer per jaar gratis.' }, pl: { title: 'Odbiór odpadów wielkogabarytowych' } });
});

test('a refused change is explained in the console’s language, from the hub’s code', async ({ page }) => {
  const hub = await hubAs(EDITOR);
  const itemId = randomUUID();
  await hub.sync.push.mutate({
    mutations: [{ mutationId: randomUUID(), type: 'item.create', itemId, fields: { category: 'daily', kind: 'article', sourceLanguage: 'nl' }, source: { title: 'Milieustraat', summary: 'Open op zaterdag.', body: '<p>Breng uw afval.</p>' } }],
  });
  await openConsoleAs(env, page, EDITOR, `item/${itemId}`);
  await expect(page.getByTestId('title-nl')).toHaveValue('Milieustraat');
  // While this console has the item open, the editor becomes a translator: the source text is no longer theirs to change.
  const admin = await hubAs(ADMIN);
  const editor = (await admin.users.list.query()).find((u) => u.email === EDITOR)!;
  await admin.users.setRole.mutate({ userId: editor.id, role: 'translator' });
  try {
    await page.getByTestId('summary-nl').fill('Open op zaterdag van 9 tot 16 uur.');
    await page.getByTestId('save').click();
    await expect(page.getByTestId('sync-status')).toContainText('1 conflict');
    await page.getByTestId('sync-status').click();
    const conflict = page.getByTestId('conflict');
    await expect(conflict).toContainText('Vertalers kunnen de brontekst niet wijzigen');
    await expect(conflict).not.toContainText('Translators cannot change the source text');
    await shootBoth(page, 'console-refusal');
    await switchUiLanguage(page, 'en');
    await expect(conflict).toContainText('The server refused this change: Translators cannot change the source text.');
    await switchUiLanguage(page, 'nl');
  } finally {
    await admin.users.setRole.mutate({ userId: editor.id, role: 'editor' });
  }
});
