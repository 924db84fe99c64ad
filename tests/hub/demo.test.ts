import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../shared/categories';
import { DEMO_ITEMS, DEMO_OPERATOR_EMAIL, DEMO_PASSWORD, DEMO_TENANTS, demoEmail, seedDemo } from '../../main/hub/demo/seed';
import { startTestHub, type TestHub } from '../helpers/hub-fixture';

let t: TestHub;
let clock = new Date('2026-12-01T09:00:00Z');

beforeAll(async () => {
  t = await startTestHub({ now: () => clock });
  const seeded = await seedDemo(t.hub.deps);
  expect(seeded?.items).toBe(DEMO_ITEMS.length);
});
afterAll(() => t.stop());

describe('demo data', () => {
  it('is the Waalhaven scenario: about forty items across every category, in the required languages', () => {
    expect(DEMO_ITEMS.length).toBeGreaterThanOrEqual(36);
    expect(new Set(DEMO_ITEMS.map((i) => i.category))).toEqual(new Set(CATEGORIES));
    for (const language of ['nl', 'en', 'pl', 'ro', 'bg'] as const) {
      expect(DEMO_ITEMS.filter((i) => i.texts[language]).length, language).toBeGreaterThanOrEqual(language === 'nl' || language === 'en' ? DEMO_ITEMS.length : 20);
    }
    expect(DEMO_ITEMS.filter((i) => i.kind === 'urgent')).toHaveLength(1);
    expect(DEMO_ITEMS.filter((i) => i.validFromDays && i.validFromDays > 0).length).toBeGreaterThanOrEqual(1);
    expect(DEMO_ITEMS.some((i) => i.outdated?.length)).toBe(true);
    expect(DEMO_ITEMS.some((i) => !i.texts.bg)).toBe(true);
    expect(new Set(DEMO_ITEMS.map((i) => i.key)).size).toBe(DEMO_ITEMS.length);
  });

  it('loads only into an empty hub', async () => {
    expect(await seedDemo(t.hub.deps)).toBeNull();
  });

  it('has a working account for every tenant and role in the README', async () => {
    for (const [layer, spec] of Object.entries(DEMO_TENANTS) as [keyof typeof DEMO_TENANTS, (typeof DEMO_TENANTS)[keyof typeof DEMO_TENANTS]][]) {
      for (const role of spec.roles) {
        const me = await t.client(await t.login(demoEmail(layer, role), DEMO_PASSWORD)).auth.me.query();
        expect(me).toMatchObject({ kind: 'user', user: { role }, tenant: { name: spec.name } });
      }
    }
    expect((await t.client(await t.login(DEMO_OPERATOR_EMAIL, DEMO_PASSWORD)).auth.me.query()).kind).toBe('operator');
  });

  it('shows the housing site the national, municipal and linked employers’ layers, urgent notice first, the scheduled item a week later', async () => {
    const admin = t.client(await t.login(demoEmail('municipality', 'admin'), DEMO_PASSWORD));
    const site = (await admin.locations.list.query()).find((l) => l.name === 'Huisvesting De Lage Weide')!;
    const feed = await admin.feed.merged.query({ locationId: site.id, language: 'pl' });
    expect(new Set(feed.map((e) => e.tenantName))).toEqual(new Set(['Wegwijs Nederland', 'Gemeente Waalhaven', 'FlexWerk Uitzendbureau', 'De Lage Weide Huisvesting']));
    expect(feed[0]!.kind).toBe('urgent');
    // Outdated Polish translations stay Polish, with a note; a Romanian draft falls back.
    expect(feed.some((e) => e.originalChangedAt && !e.isFallback)).toBe(true);
    expect((await admin.feed.merged.query({ locationId: site.id, language: 'ro' })).some((e) => e.isFallback)).toBe(true);
    const scheduled = DEMO_ITEMS.find((i) => i.validFromDays && i.validFromDays > 0)!;
    const titlesNow = async (api: typeof admin) => (await api.feed.merged.query({ locationId: site.id, language: 'nl' })).map((e) => e.title);
    expect(await titlesNow(admin)).not.toContain(scheduled.texts.nl!.title);
    clock = new Date(clock.getTime() + 8 * 24 * 60 * 60_000);
    // A week later the session has long expired: sign in again.
    const later = t.client(await t.login(demoEmail('municipality', 'admin'), DEMO_PASSWORD));
    expect(await titlesNow(later)).toContain(scheduled.texts.nl!.title);
  });
});
