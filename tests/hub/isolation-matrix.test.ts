/**
 * Tenant isolation as a matrix: every procedure of the hub's router, called over real HTTP as
 * every role of a foreign municipality, of an employer not linked to the victim's location and
 * of the national tenant, as the platform operator, as the kiosk of another location and
 * anonymously. Every call aims at the victim (municipality A: its drafts, users, location, kiosk)
 * and must be refused or answer without any of the victim's secrets. Afterwards the victim checks
 * that nothing of theirs changed.
 *
 * The procedures are read from the router itself: a new procedure without an entry in CASES
 * fails the first test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { TRPCClientError } from '@trpc/client';
import { FailureLimiter } from '../../main/hub/auth/rate-limit';
import { hubRouter } from '../../main/hub/router';
import type { Role } from '../../shared/categories';
import type { Item } from '../../shared/content';
import type { KioskView, LocationView, UserView } from '../../shared/admin';
import type { MutationInput, PushResult } from '../../shared/sync';
import { ALL_ROLES, buildWorld, pairKiosk, PASSWORD, startTestHub, type HubClient, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation, updateMutation } from '../helpers/items';

/** A 1×1 PNG: the hub accepts an upload only when its bytes start with the PNG signature. */
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** The refusals that say "not for you" without telling anything. */
const REFUSALS = ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST'];

/** How long a foreign subscriber listens for a notice it must not get, after the victim's own subscribers got theirs. */
const LIVE_QUIET_MS = 1_000;

// ---------------------------------------------------------------------------------------------
// Attackers

type AttackerKind = 'user' | 'operator' | 'kiosk' | 'anonymous';
interface Attacker {
  key: string;
  kind: AttackerKind;
  email: string | null;
  token: string | null;
  client: HubClient;
}

const FOREIGN_TENANTS = ['townB', 'employerB', 'national'] as const;
const ATTACKER_KEYS: string[] = [
  ...FOREIGN_TENANTS.flatMap((tenant) => ALL_ROLES.map((role) => `${tenant}.${role}`)),
  'operator',
  'kioskB',
  'anonymous',
];

// ---------------------------------------------------------------------------------------------
// The victim: municipality A, its location A, its kiosk A

interface Victim {
  tenantId: string;
  locationId: string;
  kioskId: string;
  kioskToken: string;
  usedPairingCode: string;
  employerId: string;
  draftItemId: string;
  draftRevision: number;
  publishedItemId: string;
  publishedRevision: number;
  /** The victim's create of the draft: replaying its mutation id must not hand back the draft. */
  draftCreate: MutationInput;
  /** National items: one hidden at location A, one shown. */
  hiddenNationalItemId: string;
  shownNationalItemId: string;
  imageId: string;
  userIds: Record<Role, string>;
  emails: Record<Role, string>;
  /** Name → value of everything no attacker may ever see. */
  secrets: Record<string, string>;
  /** The victim's own view before the matrix, to compare with afterwards. */
  before: {
    draft: Item;
    published: Item;
    items: Item[];
    locations: LocationView[];
    kiosks: KioskView[];
    users: UserView[];
    auditMark: number;
  };
}

let t: TestHub;
let world: World;
let victim: Victim;
let victimAdmin: HubClient;
let victimEditor: HubClient;
const attackers = new Map<string, Attacker>();
/** Items the victim itself creates during the live-notice window. */
const victimWindowItemIds: string[] = [];

// ---------------------------------------------------------------------------------------------
// One entry per procedure: what a curious attacker sends, and what more to check

interface Case {
  /** The inputs a curious attacker sends, aimed at the victim; each is one attempt. Absent: one call without input. */
  inputs?: (v: Victim, a: Attacker) => unknown[];
  /** Secrets this procedure may show this attacker, because they are its own business (the operator's tenant list). */
  mayShow?: (a: Attacker) => string[];
  /** More checks of an answer that resolved; returns what is wrong. */
  check?: (result: unknown, v: Victim, a: Attacker, input: unknown) => Promise<string[]> | string[];
  /** Call with a session of its own: signing out would end the attacker's shared one. */
  freshSession?: true;
}

const slug = (a: Attacker) => a.key.replace(/\W/g, '-').toLowerCase();

const CASES: Record<string, Case> = {
  'auth.login': {
    inputs: (v, a) => [
      { email: v.emails.admin, password: 'guessing the password' },
      { email: v.emails.editor, password: `${PASSWORD}!` },
      // Signing in as oneself is fine, and must tell nothing about the victim.
      ...(a.email ? [{ email: a.email, password: PASSWORD }] : []),
    ],
  },
  'auth.logout': { freshSession: true, inputs: (v) => [{ userId: v.userIds.admin }] },
  'auth.me': { inputs: (v) => [undefined, { userId: v.userIds.admin }] },

  'operator.tenants': {
    mayShow: (a) => (a.kind === 'operator' ? ['townA.tenantId', 'townA.tenantName'] : []),
  },
  'operator.createTenant': { inputs: (v) => [{ kind: 'municipality', name: 'Shadow municipality', id: v.tenantId }] },
  'operator.createTenantAdmin': {
    inputs: (v, a) => [{ tenantId: v.tenantId, email: `planted-${slug(a)}@evil.example`, name: 'Planted admin', password: PASSWORD }],
    // The operator "creates tenants and their first admin; reads no tenant's drafts" (DESIGN.md):
    // an account it adds to a tenant that has its admins already must not open that tenant's drafts.
    check: async (_result, v, _a, input) => {
      const { email } = input as { email: string };
      const planted = t.client(await t.login(email));
      const read = await attempt(planted.content.get.query({ itemId: v.draftItemId }));
      return read.refused
        ? []
        : [`created an admin account (${email}) inside the victim's tenant, which then read the victim's draft`];
    },
  },

  'users.list': {},
  'users.create': {
    inputs: (v, a) => [{ email: `intruder-${slug(a)}@evil.example`, name: 'Intruder', role: 'admin', password: PASSWORD, tenantId: v.tenantId }],
  },
  'users.setRole': {
    inputs: (v) => [
      { userId: v.userIds.viewer, role: 'admin' },
      { userId: v.userIds.admin, role: 'viewer' },
    ],
  },
  'users.setActive': {
    inputs: (v) => [
      { userId: v.userIds.admin, active: false },
      { userId: v.userIds.editor, active: false },
    ],
  },
  'users.audit': {
    inputs: (v) => [{ limit: 500 }, { limit: 500, beforeId: 1_000_000_000, tenantId: v.tenantId }],
  },
  'users.directory': { inputs: (v) => [undefined, { tenantId: v.tenantId }] },

  'content.list': { inputs: (v) => [undefined, { tenantId: v.tenantId }] },
  'content.get': { inputs: (v) => [{ itemId: v.draftItemId }, { itemId: v.publishedItemId }] },
  'content.history': { inputs: (v) => [{ itemId: v.draftItemId }, { itemId: v.publishedItemId }] },
  'content.restore': {
    inputs: (v) => [
      { itemId: v.draftItemId, revision: 1 },
      { itemId: v.publishedItemId, revision: 1 },
    ],
  },
  'content.uploadImage': { inputs: (v) => [{ contentType: 'image/png', dataBase64: TINY_PNG, tenantId: v.tenantId }] },

  'locations.list': { inputs: (v) => [undefined, { tenantId: v.tenantId }] },
  'locations.create': {
    inputs: (v) => [{ name: 'Shadow site', kind: 'housing_site', address: '', phoneAppUrl: null, tenantId: v.tenantId }],
  },
  'locations.update': {
    inputs: (v) => [{ locationId: v.locationId, location: { name: 'Hijacked', kind: 'town_hall', address: 'Elsewhere 1', phoneAppUrl: 'https://evil.example/' } }],
  },
  'locations.setEmployerLink': {
    inputs: (v) => [
      { locationId: v.locationId, employerTenantId: world.employerB.tenant.id, linked: true },
      { locationId: v.locationId, employerTenantId: v.employerId, linked: false },
    ],
  },
  'locations.setHidden': {
    inputs: (v) => [
      { locationId: v.locationId, itemId: v.hiddenNationalItemId, hidden: false },
      { locationId: v.locationId, itemId: v.shownNationalItemId, hidden: true },
    ],
  },
  'locations.employers': {},
  'locations.nationalItems': {},

  'kiosks.list': {},
  'kiosks.create': { inputs: (v) => [{ locationId: v.locationId, name: 'Rogue kiosk' }] },
  'kiosks.newPairingCode': { inputs: (v) => [{ kioskId: v.kioskId }] },
  'kiosks.revoke': { inputs: (v) => [{ kioskId: v.kioskId }] },

  'device.pair': { inputs: (v) => [{ code: v.usedPairingCode }] },
  'device.info': { inputs: (v) => [undefined, { kioskId: v.kioskId, locationId: v.locationId }] },
  'device.heartbeat': {
    inputs: (v) => [{ appVersion: '6.6.6', contentSeq: 0, uptimeSeconds: 0, lastError: 'HIJACKED', kioskId: v.kioskId }],
  },

  'feed.merged': {
    inputs: (v) => [
      { locationId: v.locationId, language: 'nl' },
      { locationId: v.locationId, language: 'pl', category: 'housing' },
    ],
  },
  'feed.article': {
    inputs: (v) => [
      { locationId: v.locationId, itemId: v.publishedItemId, language: 'nl' },
      // Through a location the attacker may read, with the victim's item ids.
      { locationId: world.locB.id, itemId: v.publishedItemId, language: 'pl' },
      { locationId: world.locB.id, itemId: v.draftItemId, language: 'nl' },
    ],
  },
  'feed.languages': { inputs: (v) => [{ locationId: v.locationId }] },

  'sync.pull': { inputs: (v) => [{ since: 0 }, { since: 0, limit: 1_000, tenantId: v.tenantId, locationId: v.locationId }] },
  'sync.push': {
    inputs: (v) => [
      {
        mutations: [
          updateMutation(v.draftItemId, v.draftRevision, { translations: { nl: { title: 'Overwritten by a stranger' } } }),
          // A stale base revision: a "conflict" answer would hand over the server's version of the draft.
          updateMutation(v.draftItemId, 1, { fields: { published: true } }),
          updateMutation(v.publishedItemId, v.publishedRevision, { translations: { pl: { title: 'Vervalst', status: 'current' } } }),
          { mutationId: randomUUID(), type: 'item.delete', itemId: v.publishedItemId, baseRevision: v.publishedRevision },
          { ...createMutation({ published: true }), itemId: v.draftItemId },
          // The victim's own mutation id again: its first answer (the draft) must not come back.
          v.draftCreate,
        ],
      },
    ],
    check: (result) => {
      const { results } = result as PushResult;
      return results
        .filter((r) => r.status !== 'rejected')
        .map((r) => `mutation ${r.mutationId} was answered '${r.status}' instead of 'rejected'`);
    },
  },
  'sync.onChange': {},
};

// ---------------------------------------------------------------------------------------------
// Calling any procedure by its path, and judging the outcome

type Outcome = { refused: true; code: string; message: string; data: unknown } | { refused: false; result: unknown };

async function attempt(call: Promise<unknown>): Promise<Outcome> {
  try {
    return { refused: false, result: await call };
  } catch (err) {
    if (err instanceof TRPCClientError) {
      const data = err.data as { code?: string } | undefined;
      return { refused: true, code: data?.code ?? 'NO_CODE', message: err.message, data };
    }
    throw err;
  }
}

interface UntypedProcedure {
  query(input?: unknown): Promise<unknown>;
  mutate(input?: unknown): Promise<unknown>;
  subscribe(
    input: unknown,
    opts: { onStarted?: () => void; onData?: (value: unknown) => void; onError?: (err: unknown) => void },
  ): { unsubscribe(): void };
}

/** The typed client's proxy, walked by a dotted path from the router ('content.get'). */
function procedureOf(client: HubClient, path: string): UntypedProcedure {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], client) as UntypedProcedure;
}

function secretsIn(text: string, except: string[] = []): string[] {
  return Object.entries(victim.secrets)
    .filter(([name, value]) => !except.includes(name) && text.includes(value))
    .map(([name]) => name);
}

// At run time tRPC v11 keeps every procedure here under its dotted path ('content.get'); its static type is nested.
const procedures = hubRouter._def.procedures as unknown as Record<string, { _def: { type: 'query' | 'mutation' | 'subscription' } }>;
const PROCEDURE_PATHS = Object.keys(procedures).sort();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await sleep(20);
  return check();
}

// ---------------------------------------------------------------------------------------------
// The world, the victim's data and the attackers' sessions, built once

beforeAll(async () => {
  // Dozens of deliberately wrong sign-ins and pairing codes come from one address here; the
  // real limits would answer TOO_MANY_REQUESTS and hide what the hub says to a single try.
  const generous = () => new FailureLimiter(100_000, 15 * 60_000);
  t = await startTestHub({ limits: { perAccount: generous(), perAddress: generous(), pairing: generous() } });
  world = await buildWorld(t);

  victimAdmin = t.client(await t.login(world.townA.emails.admin));
  victimEditor = t.client(await t.login(world.townA.emails.editor));
  const victimTranslator = t.client(await t.login(world.townA.emails.translator));
  const nationalEditor = t.client(await t.login(world.national.emails.editor));

  // The victim's content: a private image, a draft with two revisions, a published item with a translation draft.
  const marker = `SECRET-DRAFT-${randomUUID()}`;
  const translationMarker = `SECRET-TRANSLATION-${randomUUID()}`;
  const { mediaId } = await victimEditor.content.uploadImage.mutate({ contentType: 'image/png', dataBase64: TINY_PNG });
  const draftCreate = createMutation({ published: false, category: 'work', images: [{ mediaId }] }, { title: marker, body: `<p>${marker} body</p>` });
  const published = createMutation({ published: true }, { title: 'Huur betalen in gemeente A', body: '<p>Op tijd.</p>' });
  const created = await victimEditor.sync.push.mutate({ mutations: [draftCreate, published] });
  expect(created.results.map((r) => r.status)).toEqual(['applied', 'applied']);
  const edited = await victimEditor.sync.push.mutate({
    mutations: [updateMutation(draftCreate.itemId, 1, { translations: { nl: { summary: `${marker} summary` } } })],
  });
  const translated = await victimTranslator.sync.push.mutate({
    mutations: [updateMutation(published.itemId, 1, { translations: { pl: { title: translationMarker, body: `<p>${translationMarker}</p>`, status: 'draft' } } })],
  });
  expect([...edited.results, ...translated.results].map((r) => r.status)).toEqual(['applied', 'applied']);

  // National items, one of which the victim hides at its location.
  const hiddenNational = createMutation({ published: true, category: 'rules' }, { title: 'Inschrijven bij de gemeente' });
  const shownNational = createMutation({ published: true, category: 'health' }, { title: 'Huisarts' });
  await nationalEditor.sync.push.mutate({ mutations: [hiddenNational, shownNational] });
  await victimAdmin.locations.setHidden.mutate({ locationId: world.locA.id, itemId: hiddenNational.itemId, hidden: true });

  // The victim's kiosk, paired and reporting.
  const kioskToken = await pairKiosk(t, world.kioskA.pairing.code);
  await t.client(kioskToken).device.heartbeat.mutate({ appVersion: '1.0.0', contentSeq: 1, uptimeSeconds: 60, lastError: null });

  const users = await victimAdmin.users.list.query();
  const byEmail = (email: string) => users.find((u) => u.email === email)!;
  const userIds = Object.fromEntries(ALL_ROLES.map((r) => [r, byEmail(world.townA.emails[r]).id])) as Record<Role, string>;

  const secrets: Record<string, string> = {
    'draft.marker': marker,
    'draft.itemId': draftCreate.itemId,
    'translationDraft.marker': translationMarker,
    'published.itemId': published.itemId,
    'image.mediaId': mediaId,
    'kioskA.id': world.kioskA.kiosk.id,
    'locA.id': world.locA.id,
    'locA.name': world.locA.name,
    'locA.phoneAppUrl': world.locA.phoneAppUrl!,
    'townA.tenantId': world.townA.tenant.id,
    'townA.tenantName': world.townA.tenant.name,
  };
  for (const u of users) {
    secrets[`user(${u.email}).id`] = u.id;
    secrets[`user(${u.email}).email`] = u.email;
    secrets[`user(${u.email}).name`] = u.name;
  }

  const [draftNow, publishedNow, items, locations, kiosks, audit] = await Promise.all([
    victimEditor.content.get.query({ itemId: draftCreate.itemId }),
    victimEditor.content.get.query({ itemId: published.itemId }),
    victimEditor.content.list.query(),
    victimAdmin.locations.list.query(),
    victimAdmin.kiosks.list.query(),
    victimAdmin.users.audit.query({ limit: 1 }),
  ]);
  expect(draftNow.revision).toBe(2);
  expect(publishedNow.translations.pl?.status).toBe('draft');
  expect(locations.map((l) => l.hiddenItemIds)).toEqual([[hiddenNational.itemId]]);
  expect(kiosks.find((k) => k.id === world.kioskA.kiosk.id)).toMatchObject({ paired: true, revoked: false, appVersion: '1.0.0' });

  victim = {
    tenantId: world.townA.tenant.id,
    locationId: world.locA.id,
    kioskId: world.kioskA.kiosk.id,
    kioskToken,
    usedPairingCode: world.kioskA.pairing.code,
    employerId: world.employerA.tenant.id,
    draftItemId: draftCreate.itemId,
    draftRevision: draftNow.revision,
    publishedItemId: published.itemId,
    publishedRevision: publishedNow.revision,
    draftCreate,
    hiddenNationalItemId: hiddenNational.itemId,
    shownNationalItemId: shownNational.itemId,
    imageId: mediaId,
    userIds,
    emails: world.townA.emails,
    secrets,
    before: { draft: draftNow, published: publishedNow, items, locations, kiosks, users, auditMark: audit.entries[0]!.id },
  };

  // The attackers, each signed in once.
  await Promise.all(
    FOREIGN_TENANTS.flatMap((tenant) =>
      ALL_ROLES.map(async (role) => {
        const email = world[tenant].emails[role];
        const token = await t.login(email);
        attackers.set(`${tenant}.${role}`, { key: `${tenant}.${role}`, kind: 'user', email, token, client: t.client(token) });
      }),
    ),
  );
  const operatorToken = await t.login(world.operatorEmail);
  attackers.set('operator', { key: 'operator', kind: 'operator', email: world.operatorEmail, token: operatorToken, client: t.client(operatorToken) });
  const kioskBToken = await pairKiosk(t, world.kioskB.pairing.code);
  attackers.set('kioskB', { key: 'kioskB', kind: 'kiosk', email: null, token: kioskBToken, client: t.client(kioskBToken) });
  attackers.set('anonymous', { key: 'anonymous', kind: 'anonymous', email: null, token: null, client: t.client() });
});

afterAll(() => t?.stop());

// ---------------------------------------------------------------------------------------------
// Live notices: one short window for every subscriber at once

interface LiveRecord {
  started: boolean;
  notices: unknown[];
  error: unknown;
}
let liveWindow: Promise<Map<string, LiveRecord>> | null = null;

/**
 * Every attacker subscribes, and so do the victim's own editor and kiosk (the control: they must
 * hear the change, or the window proved nothing). The victim then publishes an item and writes a
 * draft; the attackers must hear nothing, or be refused.
 */
function runLiveWindow(): Promise<Map<string, LiveRecord>> {
  liveWindow ??= (async () => {
    const subscribers: [string, HubClient][] = [
      ...[...attackers.values()].map((a): [string, HubClient] => [a.key, a.client]),
      ['control:townA.editor', victimEditor],
      ['control:kioskA', t.client(victim.kioskToken)],
    ];
    const records = new Map<string, LiveRecord>();
    const subscriptions = subscribers.map(([key, client]) => {
      const record: LiveRecord = { started: false, notices: [], error: null };
      records.set(key, record);
      return procedureOf(client, 'sync.onChange').subscribe(undefined, {
        onStarted: () => (record.started = true),
        onData: (value) => record.notices.push(value),
        onError: (err) => (record.error = err),
      });
    });
    try {
      const settled = () => [...records.values()].every((r) => r.started || r.error);
      await waitFor(settled, 5_000);
      await sleep(200); // the stream is open; let the server's generator register its listener
      const published = createMutation({ published: true, category: 'daily' }, { title: 'Nieuw in gemeente A' });
      const draft = createMutation({ published: false }, { title: `${victim.secrets['draft.marker']} second` });
      await victimEditor.sync.push.mutate({ mutations: [published, draft] });
      victimWindowItemIds.push(published.itemId, draft.itemId);
      const controls = [...records.entries()].filter(([key]) => key.startsWith('control:')).map(([, r]) => r);
      const heard = await waitFor(() => controls.every((r) => r.notices.length > 0), 5_000);
      if (!heard) throw new Error('The victim’s own subscribers never heard the change: the live window tested nothing');
      await sleep(LIVE_QUIET_MS);
      return records;
    } finally {
      for (const s of subscriptions) s.unsubscribe();
    }
  })();
  return liveWindow;
}

// ---------------------------------------------------------------------------------------------
// The matrix

describe('the isolation matrix', () => {
  it('has an entry for every procedure of the router', () => {
    const missing = PROCEDURE_PATHS.filter((path) => !(path in CASES));
    const stale = Object.keys(CASES).filter((path) => !PROCEDURE_PATHS.includes(path));
    expect(
      { missing, stale },
      'Every hub procedure needs an entry in CASES in tests/hub/isolation-matrix.test.ts: add one for each ' +
        '"missing" procedure, with the inputs a curious foreign tenant would send to reach another tenant’s data; ' +
        'remove the "stale" entries of procedures that are gone.',
    ).toEqual({ missing: [], stale: [] });
    expect(Object.keys(CASES).sort()).toEqual(PROCEDURE_PATHS);
  });

  it('covers every role of each foreign tenant, the operator, another location’s kiosk and anonymous callers', () => {
    expect(ATTACKER_KEYS).toHaveLength(FOREIGN_TENANTS.length * ALL_ROLES.length + 3);
    expect([...attackers.keys()].sort()).toEqual([...ATTACKER_KEYS].sort());
  });
});

describe.each(PROCEDURE_PATHS)('%s', (path) => {
  const type = procedures[path]!._def.type;

  it.each(ATTACKER_KEYS)("as %s: refused, or answers without the victim's secrets", async (attackerKey) => {
    const c = CASES[path];
    if (!c) throw new Error(`No entry for '${path}' in CASES: add one (see the first test)`);
    const a = attackers.get(attackerKey)!;

    if (type === 'subscription') {
      const record = (await runLiveWindow()).get(a.key)!;
      if (record.error) {
        const code = record.error instanceof TRPCClientError ? (record.error.data as { code?: string } | undefined)?.code : String(record.error);
        expect(REFUSALS, `${path} as ${a.key} failed with ${code}`).toContain(code);
      } else {
        expect(record.started, `${path} as ${a.key}: neither started nor refused`).toBe(true);
      }
      expect(record.notices, `${path} as ${a.key} heard of the victim's changes`).toEqual([]);
      return;
    }

    let client = a.client;
    if (c.freshSession && a.email) client = t.client(await t.login(a.email));
    const problems: string[] = [];
    for (const input of c.inputs?.(victim, a) ?? [undefined]) {
      const procedure = procedureOf(client, path);
      const outcome = await attempt(type === 'query' ? procedure.query(input) : procedure.mutate(input));
      const sent = JSON.stringify(input) ?? '';
      const label = `input ${sent.length > 160 ? `${sent.slice(0, 160)}…` : sent}`;
      if (outcome.refused) {
        if (!REFUSALS.includes(outcome.code)) problems.push(`${label}: failed with ${outcome.code} (${outcome.message})`);
        // An error may repeat what was sent, but nothing more of the victim's.
        const told = secretsIn(`${outcome.message} ${JSON.stringify(outcome.data)}`).filter((s) => !sent.includes(victim.secrets[s]!));
        if (told.length) problems.push(`${label}: the refusal names ${told.join(', ')}`);
        continue;
      }
      const leaks = secretsIn(JSON.stringify(outcome.result) ?? '', c.mayShow?.(a));
      if (leaks.length) problems.push(`${label}: the answer contains ${leaks.join(', ')}`);
      if (c.check) problems.push(...(await c.check(outcome.result, victim, a, input)).map((p) => `${label}: ${p}`));
    }
    expect(problems, `${path} as ${a.key}`).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Upload URLs: the victim's private image

describe('the victim’s unpublished image over /media', () => {
  const fetchMedia = (token: string | null) =>
    fetch(`${t.hub.url}/media/${victim.imageId}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('is served to the victim', async () => {
    const token = await t.login(world.townA.emails.viewer);
    expect((await fetchMedia(token)).status).toBe(200);
  });

  it.each(ATTACKER_KEYS)('is not served as %s', async (attackerKey) => {
    const res = await fetchMedia(attackers.get(attackerKey)!.token);
    expect(res.status).toBe(404);
  });

  it('is not served even when a foreign tenant publishes an item pointing at it', async () => {
    const foreign = attackers.get('townB.editor')!.client;
    await foreign.sync.push.mutate({ mutations: [createMutation({ published: true, images: [{ mediaId: victim.imageId }] })] });
    expect((await fetchMedia(null)).status).toBe(404);
    expect((await fetchMedia(attackers.get('kioskB')!.token)).status).toBe(404);
  });
});

// ---------------------------------------------------------------------------------------------
// Afterwards, as the victim: nothing changed

describe('afterwards, as the victim', () => {
  it('finds its draft and published item as they were', async () => {
    expect(await victimEditor.content.get.query({ itemId: victim.draftItemId })).toEqual(victim.before.draft);
    expect(await victimEditor.content.get.query({ itemId: victim.publishedItemId })).toEqual(victim.before.published);
  });

  it('finds its layer unchanged but for its own new items', async () => {
    const items = await victimEditor.content.list.query();
    const before = new Map(victim.before.items.map((i) => [i.id, i]));
    for (const item of items) {
      if (before.has(item.id)) expect(item).toEqual(before.get(item.id));
      else expect(victimWindowItemIds, `item ${item.id} appeared in the victim's layer`).toContain(item.id);
    }
    expect(items.filter((i) => before.has(i.id))).toHaveLength(before.size);
  });

  it('finds its location with the same employers, hidden items and settings', async () => {
    expect(await victimAdmin.locations.list.query()).toEqual(victim.before.locations);
  });

  it('finds its kiosk paired, not revoked, with its own health report, and still able to read', async () => {
    const kiosk = (await victimAdmin.kiosks.list.query()).find((k) => k.id === victim.kioskId);
    const { online: _online, ...before } = victim.before.kiosks.find((k) => k.id === victim.kioskId)!;
    expect(kiosk).toMatchObject(before);
    expect(await t.client(victim.kioskToken).device.info.query()).toMatchObject({ kioskId: victim.kioskId, location: { id: victim.locationId } });
    expect((await victimAdmin.kiosks.list.query()).map((k) => k.id)).toEqual(victim.before.kiosks.map((k) => k.id));
  });

  it('finds its users with the same roles and active flags', async () => {
    const users = await victimAdmin.users.list.query();
    for (const u of victim.before.users) expect(users.find((x) => x.id === u.id), u.email).toEqual(u);
  });

  it('finds no user added to its tenant', async () => {
    const users = await victimAdmin.users.list.query();
    expect(users.map((u) => u.email).sort()).toEqual(victim.before.users.map((u) => u.email).sort());
  });

  it('finds nothing in its audit trail written by anyone outside its tenant', async () => {
    const names = new Set(victim.before.users.map((u) => u.name));
    const recent = (await victimAdmin.users.audit.query({ limit: 500 })).entries.filter((e) => e.id > victim.before.auditMark);
    expect(recent.filter((e) => !names.has(e.actorName)).map((e) => `${e.actorName}: ${e.action} ${e.entity} ${e.entityId}`)).toEqual([]);
  });
});
