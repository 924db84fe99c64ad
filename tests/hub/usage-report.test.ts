import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UsageRow } from '../../shared/usage';
import { buildWorld, pairKiosk, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation } from '../helpers/items';

const DAY = '2026-11-20';
const row = (r: Partial<UsageRow>): UsageRow => ({ day: DAY, kind: 'item', language: 'pl', itemId: null, category: null, fallback: false, words: null, count: 1, ...r });
const range = { from: '2026-11-01', to: '2026-11-30' };

let t: TestHub;
let world: World;
beforeEach(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
});
afterEach(() => t.stop());

async function publish(email: string) {
  const item = createMutation({ published: true }, { title: `Van ${email}` });
  await t.client(await t.login(email)).sync.push.mutate({ mutations: [item] });
  return item.itemId;
}
const reportOf = async (email: string, locationId: string | null = null) => t.client(await t.login(email)).usage.report.query({ ...range, locationId });

describe('the statistics page’s figures', () => {
  it('hide every count under five at the hub, so no single worker can be singled out', async () => {
    const item = await publish(world.townA.emails.editor);
    const kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    await kiosk.usage.kioskBatch.mutate({
      batchId: randomUUID(),
      rows: [
        row({ itemId: item, count: 4 }),
        row({ kind: 'language', count: 4 }),
        row({ kind: 'language', language: 'ro', count: 5 }),
        row({ kind: 'search_empty', words: 'huurtoeslag', count: 1 }),
        row({ kind: 'read_aloud', itemId: item, count: 2 }),
      ],
    });
    const report = await reportOf(world.townA.emails.viewer);
    expect(report.topItems).toEqual([{ itemId: item, title: `Van ${world.townA.emails.editor}`, language: 'pl', views: null, fallbackViews: null }]);
    expect(report.languages).toEqual([
      { day: DAY, language: 'pl', count: null },
      { day: DAY, language: 'ro', count: 5 },
    ]);
    expect(report.searchesWithoutResults).toEqual([{ words: 'huurtoeslag', language: 'pl', count: null }]);
    expect(report.readAloud).toBeNull();
    expect(JSON.stringify(report)).not.toMatch(/"(count|views|kiosk|phone|readAloud)":[1-4][,}]/);
  });

  it('are asked for two years at most, as long as the hub keeps them', async () => {
    const town = t.client(await t.login(world.townA.emails.viewer));
    await expect(town.usage.report.query({ from: '2020-01-01', to: '2026-11-30', locationId: null })).rejects.toMatchObject({ data: { code: 'BAD_REQUEST', field: 'from' } });
    await expect(town.usage.report.query({ from: '2024-12-01', to: '2026-11-30', locationId: null })).resolves.toMatchObject({ topItems: [] });
  });

  it('show a municipality its sites, an employer its own items at linked sites, the national layer its own items as totals', async () => {
    const townItem = await publish(world.townA.emails.editor);
    const employerItem = await publish(world.employerA.emails.editor);
    const nationalItem = await publish(world.national.emails.editor);
    const kioskA = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    const kioskB = t.client(await pairKiosk(t, world.kioskB.pairing.code));
    const views = [row({ itemId: townItem, count: 6 }), row({ itemId: employerItem, count: 7 }), row({ itemId: nationalItem, count: 8 }), row({ kind: 'language', count: 9 }), row({ kind: 'search_empty', words: 'werk', count: 10 })];
    await kioskA.usage.kioskBatch.mutate({ batchId: randomUUID(), rows: views });
    await kioskB.usage.kioskBatch.mutate({ batchId: randomUUID(), rows: [row({ itemId: nationalItem, count: 20 })] });

    const town = await reportOf(world.townA.emails.viewer, world.locA.id);
    expect(town.view).toBe('site');
    expect(town.topItems.map((r) => r.views).sort()).toEqual([6, 7, 8]);
    expect(town.languages).toEqual([{ day: DAY, language: 'pl', count: 9 }]);
    expect(town.searchesWithoutResults).toHaveLength(1);

    const employer = await reportOf(world.employerA.emails.viewer);
    expect(employer).toMatchObject({ view: 'own-items', locations: [{ id: world.locA.id }], searchesWithoutResults: [], languages: [{ language: 'pl', count: 7 }] });
    expect(employer.topItems.map((r) => [r.itemId, r.views])).toEqual([[employerItem, 7]]);
    // Not linked to town B's hall: refused, not an empty answer that says the site exists.
    await expect(reportOf(world.employerA.emails.viewer, world.locB.id)).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    expect((await reportOf(world.employerB.emails.viewer)).topItems).toEqual([]);

    const national = await reportOf(world.national.emails.viewer);
    expect(national).toMatchObject({ view: 'own-items', locations: [], searchesWithoutResults: [] });
    expect(national.topItems.map((r) => [r.itemId, r.views])).toEqual([[nationalItem, 28]]);
    await expect(reportOf(world.national.emails.viewer, world.locA.id)).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });

    const townB = await reportOf(world.townB.emails.viewer);
    expect(townB.topItems.map((r) => [r.itemId, r.views])).toEqual([[nationalItem, 20]]);
    await expect(reportOf(world.townB.emails.viewer, world.locA.id)).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
  });

  it('count helpful, not helpful and problems per item for the item’s owner only, hiding counts under five', async () => {
    const townItem = await publish(world.townA.emails.editor);
    const nationalItem = await publish(world.national.emails.editor);
    const kioskA = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    const kioskB = t.client(await pairKiosk(t, world.kioskB.pairing.code));
    const send = async (kiosk: typeof kioskA, itemId: string, kind: 'helpful' | 'not_helpful' | 'problem', times: number) => {
      for (let i = 0; i < times; i++) await kiosk.feedback.fromKiosk.mutate({ itemId, language: 'pl', kind, reason: kind === 'problem' ? 'outdated' : null });
    };
    await send(kioskA, townItem, 'helpful', 6);
    await send(kioskA, townItem, 'not_helpful', 2);
    await send(kioskA, townItem, 'problem', 5);
    await send(kioskA, nationalItem, 'helpful', 3);
    await send(kioskB, nationalItem, 'helpful', 4);

    // Feedback carries the hub's clock: the range is today (UTC).
    const today = new Date().toISOString().slice(0, 10);
    const feedbackOf = async (email: string, locationId: string | null = null, day = today) =>
      (await t.client(await t.login(email)).usage.report.query({ from: day, to: day, locationId })).feedback;
    expect(await feedbackOf(world.townA.emails.viewer)).toEqual([{ itemId: townItem, title: `Van ${world.townA.emails.editor}`, helpful: 6, notHelpful: null, problems: 5 }]);
    expect(await feedbackOf(world.townA.emails.viewer, world.locA.id)).toHaveLength(1);
    // The national layer's item, read at both towns' sites: its own total, none of it shown to the towns.
    expect(await feedbackOf(world.national.emails.viewer)).toEqual([{ itemId: nationalItem, title: `Van ${world.national.emails.editor}`, helpful: 7, notHelpful: null, problems: null }]);
    expect(await feedbackOf(world.townB.emails.viewer)).toEqual([]);
    expect(await feedbackOf(world.employerA.emails.viewer)).toEqual([]);
    expect(await feedbackOf(world.townA.emails.viewer, null, '2026-01-01')).toEqual([]);
  });
});
