/**
 * Workers' feedback from a kiosk (its device token) and from a phone (a public call naming the
 * location, as the phone app sends it: plain fetch, no token, no cookie) reaches the tenant that
 * owns the item, and nobody else; the phone's text arrives as plain text; the hub limits how much
 * one location and one address may send.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LimitPolicy } from '../../main/hub/auth/rate-limit';
import type { PhoneFeedback } from '../../shared/feedback';
import { buildWorld, pairKiosk, startTestHub, type HubClient, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation } from '../helpers/items';

let t: TestHub;
let world: World;
let kiosk: HubClient;
const items = { town: '', employer: '', national: '', townB: '' };
const editors: Record<'townA' | 'townB' | 'employerA' | 'employerB' | 'national', HubClient> = {} as never;

/** What the phone app does: POST the feedback as JSON to the hub's public procedure. */
async function fromPhone(input: PhoneFeedback, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.hub.url}/trpc/feedback.fromPhone`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
  return { status: res.status, cookie: res.headers.get('set-cookie'), body: (await res.json()) as unknown };
}

const phone = (itemId: string, more: Partial<PhoneFeedback> = {}): PhoneFeedback => ({
  locationId: world.locA.id,
  itemId,
  language: 'pl',
  kind: 'helpful',
  reason: null,
  text: null,
  ...more,
});

beforeAll(async () => {
  const perAddress = { kind: 'window', max: 4, windowMs: 60_000 } satisfies LimitPolicy;
  const perLocation = { kind: 'window', max: 8, windowMs: 60_000 } satisfies LimitPolicy;
  t = await startTestHub({ limits: { feedbackPerAddress: perAddress, feedbackPerLocation: perLocation }, settings: { trustedProxies: ['127.0.0.1'] } });
  world = await buildWorld(t);
  for (const key of ['townA', 'townB', 'employerA', 'employerB', 'national'] as const) editors[key] = t.client(await t.login(world[key].emails.editor));
  const publish = async (key: keyof typeof editors, title: string) => {
    const m = createMutation({ published: true }, { title, body: '<p>Tekst.</p>' });
    await editors[key].sync.push.mutate({ mutations: [m] });
    return m.itemId;
  };
  items.town = await publish('townA', 'Afval scheiden');
  items.employer = await publish('employerA', 'Loonstrook lezen');
  items.national = await publish('national', 'Huisarts vinden');
  items.townB = await publish('townB', 'Alleen in stad B');
  kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
});

afterAll(() => t?.stop());

describe('feedback from workers', () => {
  it('from the kiosk and the phone reaches the tenant that owns the item, and nobody else', async () => {
    await kiosk.feedback.fromKiosk.mutate({ itemId: items.town, language: 'pl', kind: 'helpful', reason: null });
    await kiosk.feedback.fromKiosk.mutate({ itemId: items.employer, language: 'ar', kind: 'problem', reason: 'language' });
    const sent = await fromPhone(phone(items.national, { kind: 'problem', reason: 'wrong_contact', text: 'Nummer klopt niet' }), { 'x-forwarded-for': '10.0.0.1' });
    expect(sent.status).toBe(200);
    expect(sent.cookie).toBeNull();

    const [town = [], employer = [], national, townB, employerB] = await Promise.all(
      (['townA', 'employerA', 'national', 'townB', 'employerB'] as const).map((k) => editors[k].feedback.list.query({ status: null })),
    );
    expect(town).toEqual([expect.objectContaining({ itemId: items.town, itemTitle: 'Afval scheiden', source: 'kiosk', kind: 'helpful', language: 'pl', shownLanguage: 'nl', status: 'new' })]);
    expect(town[0]?.location).toEqual({ id: world.locA.id, name: world.locA.name });
    expect(employer).toEqual([expect.objectContaining({ itemId: items.employer, source: 'kiosk', kind: 'problem', reason: 'language', language: 'ar' })]);
    // The employer is linked to location A: it may see where its item was read.
    expect(employer[0]?.location?.name).toBe(world.locA.name);
    // The national layer hears about its item, not at which municipality's site.
    expect(national).toEqual([expect.objectContaining({ itemId: items.national, source: 'phone', reason: 'wrong_contact', text: 'Nummer klopt niet', location: null })]);
    expect(townB).toEqual([]);
    expect(employerB).toEqual([]);
    expect(await editors.townA.feedback.newCount.query()).toBe(1);
  });

  it('is refused for an item the location does not show, and a kiosk sends no free text', async () => {
    await expect(kiosk.feedback.fromKiosk.mutate({ itemId: items.townB, language: 'nl', kind: 'helpful', reason: null })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    const other = await fromPhone(phone(items.townB), { 'x-forwarded-for': '10.0.0.2' });
    expect(other.status).toBe(404);
    const withText = kiosk.feedback.fromKiosk.mutate({ itemId: items.town, language: 'nl', kind: 'helpful', reason: null, text: 'hallo' } as never);
    await expect(withText).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' } });
    // A problem needs a reason; "helpful" has none.
    await expect(kiosk.feedback.fromKiosk.mutate({ itemId: items.town, language: 'nl', kind: 'problem', reason: null })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', field: 'reason' },
    });
    expect(await editors.townB.feedback.list.query({ status: null })).toEqual([]);
  });

  it('keeps the phone’s text as plain, short text', async () => {
    const raw = '<script>alert(1)</script>Bel\u0000 niet <b>dit</b>   nummer\u202e<img src=x onerror=alert(2)>';
    expect((await fromPhone(phone(items.town, { kind: 'problem', reason: 'outdated', text: raw }), { 'x-forwarded-for': '10.0.0.3' })).status).toBe(200);
    const [latest] = await editors.townA.feedback.list.query({ status: 'new' });
    expect(latest!.text).toBe('alert(1) Bel niet dit nummer');
    const tooLong = await fromPhone(phone(items.town, { text: 'x'.repeat(501) }), { 'x-forwarded-for': '10.0.0.3' });
    expect(tooLong.status).toBe(400);
  });

  it('limits how much one address and one location may send', async () => {
    const address = { 'x-forwarded-for': '10.0.0.9' };
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await fromPhone(phone(items.town), address)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    // Location A has had 7 tries from phones now (.1, .2 and .3 once, .9 four times): one more from
    // another address fills it, and then any address is refused.
    expect((await fromPhone(phone(items.town), { 'x-forwarded-for': '10.0.0.10' })).status).toBe(200);
    const fresh = await fromPhone(phone(items.town), { 'x-forwarded-for': '10.0.0.11' });
    expect(fresh.status).toBe(429);
    expect(JSON.stringify(fresh.body)).toContain('too_much_feedback');
    // The kiosk counts apart from the phones.
    await expect(kiosk.feedback.fromKiosk.mutate({ itemId: items.town, language: 'nl', kind: 'not_helpful', reason: null })).resolves.toEqual({ received: true });
  });

  it('is marked handled by the owner only', async () => {
    const [first] = await editors.townA.feedback.list.query({ status: 'new' });
    await expect(editors.townB.feedback.setStatus.mutate({ id: first!.id, status: 'handled' })).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    const viewer = t.client(await t.login(world.townA.emails.viewer));
    await expect(viewer.feedback.setStatus.mutate({ id: first!.id, status: 'handled' })).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    const before = await editors.townA.feedback.newCount.query();
    expect(await editors.townA.feedback.setStatus.mutate({ id: first!.id, status: 'handled' })).toMatchObject({ status: 'handled' });
    expect(await editors.townA.feedback.newCount.query()).toBe(before - 1);
    expect((await editors.townA.feedback.list.query({ status: 'handled' })).map((f) => f.id)).toEqual([first!.id]);
  });
});
