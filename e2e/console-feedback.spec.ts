import { expect, test } from '@playwright/test';
import { startConsoleEnv, type ConsoleEnv } from './helpers/console-env';
import { openConsoleAs, screenshot, switchUiLanguage } from './console-admin-helpers';
import { hubClient } from '../main/core/hub-client';
import { DEMO_PASSWORD, demoEmail } from '../main/hub/demo/seed';

/**
 * The console's Feedback page against a real hub with the demo data: feedback a real kiosk (its
 * device token) and a phone (the public call) sent shows with its item, location, language,
 * reason and text; the badge in the navigation counts what is new; marking handled takes it off.
 */
test.describe.configure({ mode: 'serial' });

let env: ConsoleEnv;
let itemId = '';
let title = '';

test.beforeAll(async () => {
  env = await startConsoleEnv();
  const login = async (email: string) => hubClient(env.hub.url, (await hubClient(env.hub.url).auth.login.mutate({ email, password: DEMO_PASSWORD })).token);
  const admin = await login(demoEmail('municipality', 'admin'));
  const location = (await admin.locations.list.query()).find((l) => l.name === 'Huisvesting De Lage Weide')!;
  const own = new Set((await admin.content.list.query()).map((i) => i.id));
  const entry = (await admin.feed.merged.query({ locationId: location.id, language: 'pl', category: 'housing' })).find((e) => own.has(e.id))!;
  itemId = entry.id;
  title = (await admin.content.get.query({ itemId })).translations.nl!.title;
  const { pairing } = await admin.kiosks.create.mutate({ locationId: location.id, name: 'Kiosk hal' });
  const kiosk = hubClient(env.hub.url, (await hubClient(env.hub.url).device.pair.mutate({ code: pairing.code })).deviceToken);
  await kiosk.feedback.fromKiosk.mutate({ itemId, language: 'pl', kind: 'not_helpful', reason: null });
  await kiosk.feedback.fromKiosk.mutate({ itemId, language: 'ar', kind: 'problem', reason: 'language' });
  const phone = await fetch(`${env.hub.url}/trpc/feedback.fromPhone`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ locationId: location.id, itemId, language: 'pl', kind: 'problem', reason: 'wrong_contact', text: 'Het nummer van het meldpunt werkt niet meer, ik kreeg een ander bedrijf.' }),
  });
  expect(phone.status).toBe(200);
});

test.afterAll(async () => {
  await env?.close();
});

test('an editor sees new feedback counted in the navigation, reads it, opens the item and marks it handled', async ({ page }) => {
  await openConsoleAs(env, page, demoEmail('municipality', 'editor'), 'feedback');
  const badge = page.getByTestId('feedback-badge');
  await expect(badge).toHaveText('3');
  const rows = page.locator('tr[data-feedback-id]');
  await expect(rows).toHaveCount(3);
  const phoneRow = rows.filter({ hasText: 'Telefoon-app' });
  await expect(phoneRow).toContainText('Verkeerd telefoonnummer of adres');
  await expect(phoneRow.getByTestId('feedback-text')).toContainText('ander bedrijf');
  await expect(phoneRow).toContainText('Huisvesting De Lage Weide');
  await expect(phoneRow).toContainText(title);
  await expect(rows.filter({ hasText: 'Niet te begrijpen in hun taal' })).toContainText('Arabisch');
  for (const size of [{ width: 1440, height: 900 }, { width: 1280, height: 720 }]) {
    await page.setViewportSize(size);
    await screenshot(page, `feedback-nl-${size.width}`);
  }

  await phoneRow.getByRole('button', { name: 'Markeer afgehandeld' }).click();
  await expect(rows).toHaveCount(2);
  await expect(badge).toHaveText('2');
  await page.getByRole('group', { name: 'Toon' }).getByRole('button', { name: 'Afgehandeld' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-status', 'handled');

  await switchUiLanguage(page, 'en');
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'All' }).click();
  await expect(rows).toHaveCount(3);
  for (const size of [{ width: 1440, height: 900 }, { width: 1280, height: 720 }]) {
    await page.setViewportSize(size);
    await screenshot(page, `feedback-en-${size.width}`);
  }
  await rows.first().getByRole('link', { name: 'Open in the editor' }).click();
  await expect(page).toHaveURL(new RegExp(`#/item/${itemId}$`));
});
