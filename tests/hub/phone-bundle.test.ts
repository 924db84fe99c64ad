import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PhoneBundle } from '../../shared/phone-bundle';
import { workerText } from '../../shared/strings/all';
import { buildWorld, pairKiosk, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation, updateMutation } from '../helpers/items';

let t: TestHub;
let world: World;
beforeEach(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
});
afterEach(() => t.stop());

const bundleUrl = (locationId: string, language = 'pl') => `${t.hub.url}/app/${locationId}/bundle/${language}.json`;
const day = 24 * 60 * 60_000;

async function publish(email: string, ...mutations: ReturnType<typeof createMutation>[]) {
  await t.client(await t.login(email)).sync.push.mutate({ mutations });
  return mutations.map((m) => m.itemId);
}

describe('GET /app/<location>/bundle/<language>.json (the phone app’s data)', () => {
  it('holds exactly what a kiosk of that location shows: nothing unpublished, scheduled, expired, hidden, unlinked or elsewhere', async () => {
    const [visible, draft, scheduled, expired] = await publish(
      world.townA.emails.editor,
      createMutation({}, { title: 'Zichtbaar', body: '<p>Te lezen.</p>' }),
      createMutation({ published: false }, { title: 'Concept' }),
      createMutation({ validFrom: new Date(Date.now() + day).toISOString() }, { title: 'Morgen' }),
      createMutation({ validFrom: new Date(Date.now() - 2 * day).toISOString(), validUntil: new Date(Date.now() - day).toISOString() }, { title: 'Verlopen' }),
    );
    const [national, nationalHidden] = await publish(world.national.emails.editor, createMutation({}, { title: 'Landelijk' }), createMutation({}, { title: 'Verborgen' }));
    const [linked] = await publish(world.employerA.emails.editor, createMutation({}, { title: 'Werkgever A' }));
    const [unlinked] = await publish(world.employerB.emails.editor, createMutation({}, { title: 'Werkgever B' }));
    const [elsewhere] = await publish(world.townB.emails.editor, createMutation({}, { title: 'Andere gemeente' }));
    const admin = t.client(await t.login(world.townA.emails.admin));
    await admin.locations.setHidden.mutate({ locationId: world.locA.id, itemId: nationalHidden!, hidden: true });

    const res = await fetch(bundleUrl(world.locA.id));
    expect(res.status).toBe(200);
    const bundle = (await res.json()) as PhoneBundle;
    const ids = bundle.entries.map((e) => e.id).sort();
    expect(ids).toEqual([visible, national, linked].sort());
    for (const gone of [draft, scheduled, expired, nationalHidden, unlinked, elsewhere]) expect(JSON.stringify(bundle)).not.toContain(gone);
    expect(bundle.location).toEqual({ id: world.locA.id, name: 'Housing site A', municipality: 'Tenant town-a', languages: null });

    // The same set, in the same order, as the paired kiosk's merged feed of that location.
    const kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    const kioskFeed = await kiosk.feed.merged.query({ locationId: world.locA.id, language: 'pl', limit: 2000 });
    expect(bundle.entries.map((e) => e.id)).toEqual(kioskFeed.map((e) => e.id));
    expect(bundle.entries.find((e) => e.id === visible)).toMatchObject({ shownLanguage: 'nl', isFallback: true, body: '<p>Te lezen.</p>' });

    // Unlinking the employer takes its item out of the bundle at once.
    await admin.locations.setEmployerLink.mutate({ locationId: world.locA.id, employerTenantId: world.employerA.tenant.id, linked: false });
    const after = (await (await fetch(bundleUrl(world.locA.id))).json()) as PhoneBundle;
    expect(after.entries.map((e) => e.id)).not.toContain(linked);
    expect(after.version).not.toBe(bundle.version);
  });

  it('is one cacheable response per version: strong ETag, 304 on If-None-Match, a publish changes it', async () => {
    await publish(world.townA.emails.editor, createMutation());
    const first = await fetch(bundleUrl(world.locA.id));
    const etag = first.headers.get('etag')!;
    const { version } = (await first.json()) as PhoneBundle;
    expect(etag).toMatch(/^"[\w-]+"$/); // strong: no W/
    expect(etag).toContain(version);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    expect(first.headers.get('set-cookie')).toBeNull();

    const again = await fetch(bundleUrl(world.locA.id), { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    // A draft elsewhere in the layer changes nothing a phone sees: still 304.
    await publish(world.townA.emails.editor, createMutation({ published: false }));
    expect((await fetch(bundleUrl(world.locA.id), { headers: { 'if-none-match': etag } })).status).toBe(304);

    await publish(world.townA.emails.editor, createMutation({}, { title: 'Nieuw' }));
    const changed = await fetch(bundleUrl(world.locA.id), { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(((await changed.json()) as PhoneBundle).entries.map((e) => e.title)).toContain('Nieuw');
  });

  it('answers 404 for an unknown location or language, and never needs or reads a token', async () => {
    expect((await fetch(bundleUrl('00000000-0000-4000-8000-000000000000'))).status).toBe(404);
    expect((await fetch(bundleUrl(world.locA.id, 'xx'))).status).toBe(404);
    const admin = await t.login(world.townB.emails.admin);
    const withToken = await fetch(bundleUrl(world.locA.id), { headers: { authorization: `Bearer ${admin}` } });
    const without = await fetch(bundleUrl(world.locA.id));
    expect(await withToken.text()).toBe(await without.text());
  });
});

describe('the phone app’s manifest and the old /p/ links', () => {
  it('gives each location an installable manifest in the worker’s language', async () => {
    const res = await fetch(`${t.hub.url}/app/${world.locA.id}/manifest.webmanifest?lang=ar`);
    expect(res.headers.get('content-type')).toBe('application/manifest+json');
    expect(await res.json()).toMatchObject({
      name: 'Wegwijs · Housing site A',
      short_name: 'Wegwijs',
      start_url: `/app/${world.locA.id}?lang=ar`,
      scope: '/app/',
      display: 'standalone',
      dir: 'rtl',
      icons: [{ sizes: '192x192' }, { sizes: '512x512' }, { sizes: '512x512', purpose: 'maskable' }],
    });
  });

  it('sends an old article link into the app, and keeps the plain page for phones without script', async () => {
    const [id] = await publish(world.townA.emails.editor, createMutation());
    const old = await fetch(`${t.hub.url}/p/${world.locA.id}/${id}?lang=pl`, { redirect: 'manual' });
    expect(old.status).toBe(302);
    expect(old.headers.get('location')).toBe(`/app/${world.locA.id}/item/${id}?lang=pl`);
    const plain = await fetch(`${t.hub.url}/p/${world.locA.id}/${id}?lang=pl&plain`);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await plain.text()).toContain('Huur betalen');
  });
});

describe('the plain article page (issue 9.5: what the kiosk shows, in the worker’s language)', () => {
  it('labels each phone number, writes opening hours with Intl, links website, e-mail and map, and says when the text is a fallback', async () => {
    const [id] = await publish(
      world.townA.emails.editor,
      createMutation(
        {
          kind: 'contact',
          contact: {
            phones: [
              { number: '+31 416 700 200', label: 'main' },
              { number: '+31 416 700 299', label: 'after_hours' },
              { number: '112', label: 'emergency' },
            ],
            email: 'beheer@lageweide.example',
            address: { street: 'Lage Weide 12', postalCode: '5145 RK', city: 'Waalhaven' },
            openingHours: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }],
            website: 'https://lageweide.example',
          },
        },
        { title: 'Beheerder', body: '<p>Kom langs.</p>' },
      ),
    );
    const page = await (await fetch(`${t.hub.url}/p/${world.locA.id}/${id}?lang=ar&plain`)).text();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    for (const label of ['main', 'after_hours', 'emergency'] as const) expect(page).toContain(workerText('ar', `phone.${label}`));
    expect(page).toContain('<a href="tel:+31416700299"><bdi dir="ltr">+31 416 700 299</bdi></a>');
    expect(page).toContain(workerText('ar', 'openingHours'));
    const weekday = new Intl.DateTimeFormat('ar', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1)));
    expect(page).toContain(weekday); // Monday, in Arabic
    expect(page).toContain('<bdi dir="ltr">5145 RK Waalhaven</bdi>');
    expect(page).toContain('href="https://lageweide.example"');
    expect(page).toContain('href="mailto:beheer@lageweide.example"');
    // The Dutch text is shown to an Arabic reader: the note says so in Arabic, naming the language.
    expect(page).toContain(workerText('ar', 'fallbackNote', { language: '' }).split('{language}')[0]!.slice(0, 20));
    expect(page).toContain('<article lang="nl" dir="ltr">');
  });
});

describe('the app page for a phone without script', () => {
  it('points an article’s screen to the plain page of that article, with its title', async () => {
    const phoneDir = mkdtempSync(join(tmpdir(), 'wegwijs-phone-'));
    writeFileSync(join(phoneDir, 'index.html'), '<!doctype html><div id="root"></div><!--noscript--><script type="module" src="/app/assets/x.js"></script>');
    const own = await startTestHub({ phoneDir });
    try {
      const ownWorld = await buildWorld(own);
      const item = createMutation({}, { title: 'Huur & borg', body: '<p>Betaal op tijd.</p>' });
      await own.client(await own.login(ownWorld.townA.emails.editor)).sync.push.mutate({ mutations: [item] });
      const res = await fetch(`${own.hub.url}/app/${ownWorld.locA.id}/item/${item.itemId}?lang=pl`);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await res.text()).toContain(`<noscript><p><a href="/p/${ownWorld.locA.id}/${item.itemId}?lang=pl&amp;plain">Huur &#38; borg</a></p></noscript>`);
      expect((await fetch(`${own.hub.url}/app/00000000-0000-4000-8000-000000000000?lang=pl`)).status).toBe(404);
      // Malformed or climbing paths are refused, and the hub keeps serving.
      for (const bad of ['/app/%E0%A4%A', '/app/..%2F..%2Fpackage.json', '/app/%2Fetc%2Fpasswd']) expect((await fetch(own.hub.url + bad)).status).toBe(404);
      expect((await fetch(`${own.hub.url}/healthz`)).status).toBe(200);
    } finally {
      await own.stop();
      rmSync(phoneDir, { recursive: true, force: true });
    }
  });
});

describe('an outdated translation on the phone (issue 9.1 and 9.5)', () => {
  it('stays the text a Polish worker reads, with the date its original changed and the original at hand, offline and on the plain page', async () => {
    const api = t.client(await t.login(world.townA.emails.editor));
    const item = createMutation({}, { title: 'Huur betalen', body: '<p>Betaal de huur op tijd.</p>' });
    await api.sync.push.mutate({ mutations: [item] });
    await api.sync.push.mutate({ mutations: [updateMutation(item.itemId, 1, { translations: { pl: { title: 'Płacenie czynszu', body: '<p>Płać czynsz na czas.</p>' } } })] });
    await api.sync.push.mutate({ mutations: [updateMutation(item.itemId, 2, { translations: { nl: { body: '<p>Betaal de huur op tijd. Vanaf januari via de bank.</p>' } } })] });

    const bundle = (await (await fetch(bundleUrl(world.locA.id, 'pl'))).json()) as PhoneBundle;
    const entry = bundle.entries.find((e) => e.id === item.itemId)!;
    expect(entry).toMatchObject({ shownLanguage: 'pl', isFallback: false, title: 'Płacenie czynszu' });
    expect(entry.originalChangedAt).toBeTruthy();
    expect(bundle.originals[item.itemId]).toMatchObject({ shownLanguage: 'nl', body: '<p>Betaal de huur op tijd. Vanaf januari via de bank.</p>' });

    const page = await (await fetch(`${t.hub.url}/p/${world.locA.id}/${item.itemId}?lang=pl&plain`)).text();
    expect(page).toContain('Płać czynsz na czas.');
    expect(page).toContain(workerText('pl', 'outdatedNote').split('{language}')[0]);
    expect(page).toContain(`href="?lang=pl&amp;plain&amp;original">${workerText('pl', 'showOriginal')}</a>`);
    const original = await (await fetch(`${t.hub.url}/p/${world.locA.id}/${item.itemId}?lang=pl&plain&original`)).text();
    expect(original).toContain('Vanaf januari via de bank.');
    expect(original).toContain('<html lang="pl" dir="ltr">');
    expect(original).toContain(workerText('pl', 'showTranslation'));
  });
});
