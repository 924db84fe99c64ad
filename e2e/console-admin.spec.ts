import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { startConsoleEnv, type ConsoleEnv } from './helpers/console-env';
import { decodeQr, openConsoleAs, screenshot, switchUiLanguage } from './console-admin-helpers';
import { hubClient } from '../main/core/hub-client';
import { workerText } from '../shared/strings/all';

/**
 * The municipality's admin screens against a real hub with the demo data and real desktop
 * cores: locations, kiosks (pairing for real over HTTP), users and their rules, and what an
 * employer may see. The tests build on each other (the employer sees the location linked in
 * the first one), so they run in order.
 */
test.describe.configure({ mode: 'serial' });

let env: ConsoleEnv;
test.beforeAll(async () => {
  env = await startConsoleEnv();
});
test.afterAll(async () => {
  await env?.close();
});

const ADMIN = 'admin@waalhaven.example';
const NEW_LOCATION = 'Huisvesting Polderweg';

const details = (page: Page) => page.getByTestId('location-details');
const kioskRow = (page: Page, name: string) => page.locator('tr[data-kiosk-id]').filter({ hasText: name });
const userRow = (page: Page, email: string) => page.locator(`tr[data-email="${email}"]`);

test('a municipality admin creates a location, links an employer and hides a national item from its preview', async ({ page }) => {
  await openConsoleAs(env, page, ADMIN, 'locations');
  await expect(page.getByRole('heading', { name: 'Locaties', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /Stadhuis Waalhaven/ })).toBeVisible();

  // A missing name is refused beside its field, and nothing is created.
  await page.getByRole('button', { name: 'Nieuwe locatie' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Soort locatie' }).click();
  await page.getByRole('option', { name: 'Huisvesting' }).click();
  await dialog.getByRole('textbox', { name: 'Adres', exact: true }).fill('Polderweg 7, 5145 AB Waalhaven');
  const name = dialog.getByRole('textbox', { name: 'Naam', exact: true });
  await dialog.getByRole('button', { name: 'Aanmaken' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'locations-new-error-nl');

  await name.fill(NEW_LOCATION);
  await dialog.getByRole('button', { name: 'Aanmaken' }).click();
  await expect(dialog).toBeHidden();
  await expect(details(page).getByRole('heading', { name: NEW_LOCATION })).toBeVisible();
  await expect(page).toHaveURL(/#\/locations\/[0-9a-f-]{36}$/);
  const locationId = page.url().split('/').pop()!;

  // Link an employer: its information is then shown here.
  const flexwerk = details(page).getByRole('checkbox', { name: 'FlexWerk Uitzendbureau' });
  await expect(flexwerk).not.toBeChecked();
  await flexwerk.click();
  await expect(flexwerk).toBeChecked();
  await expect(page.getByRole('link', { name: new RegExp(NEW_LOCATION) })).toBeVisible();

  // The first national item is shown in this location's preview...
  const nationalRow = details(page).locator('li[data-item-id]').first();
  const itemId = (await nationalRow.getAttribute('data-item-id'))!;
  const kiosk = page.frameLocator('[data-testid="kiosk-preview-frame"]');
  await page.goto(page.url().replace(/#.*$/, `#/preview/${locationId}/nl/${itemId}`));
  await expect(kiosk.locator(`[data-testid="article"][data-item-id="${itemId}"]`)).toBeVisible();

  // ...until the municipality hides it there.
  await page.goto(page.url().replace(/#.*$/, `#/locations/${locationId}`));
  await details(page).locator(`li[data-item-id="${itemId}"]`).getByRole('checkbox').click();
  await expect(details(page).locator(`li[data-item-id="${itemId}"]`).getByRole('checkbox')).toBeChecked();
  await expect(page.getByTestId('hidden-count')).toHaveText(/^1 van \d+ verborgen$/);
  await screenshot(page, 'locations-nl');

  await page.goto(page.url().replace(/#.*$/, `#/preview/${locationId}/nl/${itemId}`));
  await expect(kiosk.getByText(workerText('nl', 'notAvailable'))).toBeVisible();
  await expect(kiosk.locator(`[data-item-id="${itemId}"]`)).toHaveCount(0);

  // The search narrows the checklist; the same screens in English.
  await page.goto(page.url().replace(/#.*$/, `#/locations/${locationId}`));
  await switchUiLanguage(page, 'en');
  await expect(page.getByRole('heading', { name: 'Hidden national information' })).toBeVisible();
  await page.getByRole('switch', { name: 'Hidden only' }).check();
  await expect(details(page).locator('li[data-item-id]')).toHaveCount(1);
  await page.getByRole('switch', { name: 'Hidden only' }).uncheck();
  await screenshot(page, 'locations-en');
  await details(page).getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Name' })).toHaveValue(NEW_LOCATION);
  await screenshot(page, 'locations-edit-en');
});

test('a municipality admin creates a kiosk whose pairing code and QR code really pair, sees it online, and revokes it', async ({ page }) => {
  await openConsoleAs(env, page, ADMIN, 'kiosks');
  await expect(kioskRow(page, 'Kiosk hal stadhuis').getByTestId('kiosk-status')).toHaveAttribute('data-state', 'notPaired');

  await page.getByRole('button', { name: 'Nieuwe kiosk' }).click();
  const form = page.getByRole('dialog');
  await form.getByRole('combobox', { name: 'Locatie' }).click();
  await page.getByRole('option', { name: 'Huisvesting De Lage Weide' }).click();
  await form.getByRole('textbox', { name: 'Naam', exact: true }).fill('Kiosk entree Lage Weide');
  await form.getByRole('button', { name: 'Aanmaken en code tonen' }).click();

  const pairing = page.getByRole('dialog', { name: 'Koppelcode voor Kiosk entree Lage Weide' });
  const code = (await pairing.getByTestId('pairing-code').getAttribute('data-code'))!;
  expect(code).toMatch(/^[A-Z2-9]{8}$/);
  await expect(pairing.getByTestId('pairing-code')).toHaveText(`${code.slice(0, 4)} ${code.slice(4)}`);
  await expect(pairing.getByTestId('pairing-expiry')).toHaveText(/^Nog 1[45]:\d\d geldig \(tot \d\d:\d\d\)$/);
  expect(await decodeQr(pairing.getByTestId('pairing-qr'))).toBe(`wegwijs-pair:${code}`);
  await screenshot(page, 'kiosks-pairing-nl');

  // The kiosk trades the code for a device token over HTTP, as a real kiosk does.
  const paired = await hubClient(env.hub.url).device.pair.mutate({ code });
  expect(paired.location.name).toBe('Huisvesting De Lage Weide');
  await pairing.getByRole('button', { name: 'Sluiten' }).click();
  const row = kioskRow(page, 'Kiosk entree Lage Weide');
  await expect(row.getByTestId('kiosk-status')).toHaveAttribute('data-state', 'offline');
  await expect(row).toContainText('Huisvesting De Lage Weide');

  const device = hubClient(env.hub.url, paired.deviceToken);
  const lastError = 'Live channel lost for 2 minutes; polling instead';
  await device.device.heartbeat.mutate({ appVersion: '1.4.2', contentSeq: 118, uptimeSeconds: 7_260, lastError });
  await page.getByRole('button', { name: 'Vernieuwen' }).click();
  await expect(row.getByTestId('kiosk-status')).toHaveAttribute('data-state', 'online');
  await expect(row.getByTestId('kiosk-status')).toHaveText('Online');
  await expect(row.getByTestId('kiosk-version')).toHaveText('1.4.2');
  await expect(row.getByTestId('kiosk-heartbeat')).toContainText('nu');
  await expect(row).toContainText('118');
  await expect(row).toContainText(lastError);
  await screenshot(page, 'kiosks-nl');

  await switchUiLanguage(page, 'en');
  await expect(row.getByTestId('kiosk-heartbeat')).toContainText('now');
  await screenshot(page, 'kiosks-en');

  // A fresh code for the screen that was never paired, in English.
  await kioskRow(page, 'Kiosk hal stadhuis').getByRole('button', { name: 'New code' }).click();
  const renewed = page.getByRole('dialog', { name: 'Pairing code for Kiosk hal stadhuis' });
  await expect(renewed.getByTestId('pairing-expiry')).toHaveText(/^Valid for 1[45]:\d\d more \(until \d\d:\d\d\)$/);
  const renewedCode = (await renewed.getByTestId('pairing-code').getAttribute('data-code'))!;
  expect(await decodeQr(renewed.getByTestId('pairing-qr'))).toBe(`wegwijs-pair:${renewedCode}`);
  await screenshot(page, 'kiosks-pairing-en');
  await renewed.getByRole('button', { name: 'Close' }).click();

  // Revoking asks first; then the device token stops working at once.
  await row.getByRole('button', { name: 'Revoke' }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke Kiosk entree Lage Weide?' });
  await expect(confirm).toContainText('Huisvesting De Lage Weide');
  await screenshot(page, 'kiosks-revoke-en');
  await confirm.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(confirm).toBeHidden();
  await expect(row.getByTestId('kiosk-status')).toHaveAttribute('data-state', 'revoked');
  await expect(row.getByRole('button', { name: 'Revoke' })).toBeDisabled();
  await expect(device.device.heartbeat.mutate({ appVersion: '1.4.2', contentSeq: 118, uptimeSeconds: 7_300, lastError: null })).rejects.toThrow();
});

test('a municipality admin creates a user; errors and the rules about admins show beside the field; the audit trail says who did what', async ({ page }) => {
  await openConsoleAs(env, page, ADMIN, 'users');
  await page.getByRole('button', { name: 'Nieuwe gebruiker' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'E-mailadres' }).fill('nieuw@waalhaven.example');
  await dialog.getByRole('textbox', { name: 'Naam', exact: true }).fill('Nieuwe Collega');
  const password = dialog.getByLabel('Eerste wachtwoord');
  await password.fill('kort');
  await dialog.getByRole('button', { name: 'Aanmaken' }).click();
  await expect(password).toHaveAccessibleDescription('Minstens 10 tekens');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'users-new-error-nl');

  await password.fill('lang-genoeg-123');
  await dialog.getByRole('button', { name: 'Aanmaken' }).click();
  await expect(dialog).toBeHidden();
  const created = userRow(page, 'nieuw@waalhaven.example');
  await expect(created).toContainText('Nieuwe Collega');
  await expect(created.getByRole('combobox', { name: 'Rol' })).toHaveText('Redacteur');

  // Deactivate and reactivate the new colleague.
  await created.getByRole('button', { name: 'Deactiveren' }).click();
  await expect(created).toContainText('Gedeactiveerd');
  await created.getByRole('button', { name: 'Heractiveren' }).click();
  await expect(created).toContainText('Actief');

  // The tenant's only admin can neither demote nor deactivate themself.
  const me = userRow(page, ADMIN);
  await me.getByRole('combobox', { name: 'Rol' }).click();
  await page.getByRole('option', { name: 'Redacteur' }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(me.getByRole('combobox', { name: 'Rol' })).toHaveAccessibleDescription('Er moet minstens één actieve beheerder blijven');
  await expect(me.getByRole('combobox', { name: 'Rol' })).toHaveText('Beheerder');
  await screenshot(page, 'users-nl');
  await me.getByRole('button', { name: 'Deactiveren' }).click();
  await expect(me.getByRole('alert')).toHaveText('Je kunt jezelf niet deactiveren');

  await page.getByRole('link', { name: 'Logboek', exact: true }).click();
  await expect(page).toHaveURL(/#\/audit$/);
  const trail = page.getByRole('table', { name: 'Logboek' });
  await expect(trail.locator('tr[data-action="user.create"]').first()).toContainText('Gebruiker “Nieuwe Collega” aangemaakt als Redacteur');
  await expect(trail.locator('tr[data-action="kiosk.revoke"]').first()).toContainText('Kiosk “Kiosk entree Lage Weide” ingetrokken');
  await expect(trail.locator('tr[data-action="location.link"]').first()).toContainText(`Werkgever “FlexWerk Uitzendbureau” gekoppeld aan “${NEW_LOCATION}”`);
  await screenshot(page, 'audit-nl');

  // Filter by kind of action: only the kiosks that were revoked.
  await page.getByRole('combobox', { name: 'Wat' }).click();
  await page.getByRole('option', { name: 'Kiosk ingetrokken' }).click();
  await expect(trail.locator('tbody tr')).toHaveCount(1);
  await expect(trail.locator('tbody tr').first()).toHaveAttribute('data-action', 'kiosk.revoke');
  // And by person: the admin revoked it, the demo data did not.
  await page.getByRole('combobox', { name: 'Wie' }).click();
  await page.getByRole('option', { name: 'Admin Gemeente Waalhaven' }).click();
  await expect(trail.locator('tbody tr')).toHaveCount(1);

  // The export holds the same lines, read back from the downloaded file.
  const download = page.waitForEvent('download');
  await page.getByTestId('audit-export').click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('Wanneer,Wie,Wat,Item');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('Admin Gemeente Waalhaven,Kiosk “Kiosk entree Lage Weide” ingetrokken');
  await screenshot(page, 'audit-filtered-nl');

  await switchUiLanguage(page, 'en');
  await page.getByRole('combobox', { name: 'What' }).click();
  await page.getByRole('option', { name: 'Everything' }).click();
  await page.getByRole('combobox', { name: 'Who' }).click();
  await page.getByRole('option', { name: 'Everyone' }).click();
  await expect(page.getByRole('table', { name: 'Activity log' }).locator('tr[data-action="user.create"]').first()).toContainText('Created user “Nieuwe Collega” as Editor');
  await screenshot(page, 'audit-en');
  await page.getByRole('link', { name: 'Users', exact: true }).click();
  await expect(userRow(page, ADMIN)).toContainText('(you)');
  await screenshot(page, 'users-en');
  await page.getByRole('button', { name: 'New user' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'E-mail address' })).toHaveAccessibleDescription('Not an e-mail address');
  await screenshot(page, 'users-new-error-en');
});

test('an employer admin sees its linked locations read-only and has no kiosks; its editor sees the user directory read-only', async ({ page }) => {
  await openConsoleAs(env, page, 'admin@flexwerk.example', 'locations');
  const list = page.getByRole('navigation', { name: 'Locaties' });
  for (const name of ['Huisvesting De Lage Weide', 'Logistiek park Havenkwartier', NEW_LOCATION]) {
    await expect(list.getByRole('link', { name: new RegExp(name) })).toBeVisible();
  }
  await expect(list.getByRole('link', { name: /Stadhuis Waalhaven/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Kiosken' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Nieuwe locatie' })).toHaveCount(0);
  await expect(details(page).getByTestId('read-only')).toBeVisible();
  await expect(details(page).getByRole('button')).toHaveCount(0);
  await expect(details(page).getByRole('checkbox')).toHaveCount(0);
  await expect(details(page)).toContainText('FlexWerk Uitzendbureau');
  await expect(details(page)).not.toContainText('Verborgen landelijke informatie');
  await screenshot(page, 'locations-employer-nl');
  await switchUiLanguage(page, 'en');
  await expect(page.getByTestId('read-only')).toHaveText('Read only');
  await screenshot(page, 'locations-employer-en');

  await page.goto(page.url().replace(/#.*$/, '#/kiosks'));
  await expect(page.getByText('Only municipalities manage kiosks.')).toBeVisible();
});

test('an employer editor sees its own users read-only', async ({ page }) => {
  await openConsoleAs(env, page, 'editor@flexwerk.example', 'users');
  const table = page.getByRole('table', { name: 'Gebruikers' });
  await expect(table).toContainText('Admin FlexWerk Uitzendbureau');
  await expect(table).not.toContainText('@');
  await expect(page.getByRole('button', { name: 'Nieuwe gebruiker' })).toHaveCount(0);
  await expect(page.getByRole('tab')).toHaveCount(0);
  await expect(table.getByRole('combobox')).toHaveCount(0);
  await screenshot(page, 'users-directory-nl');
  await switchUiLanguage(page, 'en');
  await expect(page.getByText(/Only admins can add or change users/)).toBeVisible();
  await screenshot(page, 'users-directory-en');
});
