/**
 * Tenant isolation as a matrix: every procedure of the hub's router, called over real HTTP, with
 * every tenant kind as the victim in turn — a municipality (its drafts, users, location, kiosk),
 * the national layer and an employer (their drafts, translations, image and users) — and as
 * attackers every role of every other tenant (including the employer linked to the victim
 * municipality's location, and the municipality whose location shows the employer's content),
 * the platform operator, kiosks and anonymous callers. Every call aims at the victim and must be
 * refused or answer without any of the victim's secrets, save those the attacker may see by its
 * relation to the victim (a linked employer sees its location's name). Each attempt's input is
 * checked once against the procedure's own schema, so a BAD_REQUEST is never mistaken for a
 * refusal. Afterwards each victim checks that nothing of theirs changed.
 *
 * The procedures are read from the router itself: a new procedure without an entry in CASES
 * fails the first test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { TRPCClientError } from '@trpc/client';
import type { LimitPolicy } from '../../main/hub/auth/rate-limit';
import { hubRouter } from '../../main/hub/router';
import type { Role } from '../../shared/categories';
import type { Item } from '../../shared/content';
import type { KioskView, LocationView, UserView } from '../../shared/admin';
import type { MutationInput, PushResult } from '../../shared/sync';
import { ALL_ROLES, buildWorld, pairKiosk, PASSWORD, startTestHub, type HubClient, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation, updateMutation } from '../helpers/items';
import type { UsageReport, UsageRow } from '../../shared/usage';

/** A 1×1 PNG: the hub accepts an upload only when its bytes start with the PNG signature. */
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** The refusals that say "not for you" without telling anything. */
const REFUSALS = ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST'];

/** When municipality A asked its kiosk A for a screenshot (set up before the attacks). */
let screenshotAskedAt = '';

/** How long a foreign subscriber listens for a notice it must not get, after the victim's own subscribers got theirs. */
const LIVE_QUIET_MS = 1_000;

// ---------------------------------------------------------------------------------------------
// Attackers

type AttackerKind = 'user' | 'operator' | 'kiosk' | 'anonymous';
interface Attacker {
  key: string;
  kind: AttackerKind;
  /** The tenant (world key) a user attacker belongs to. */
  tenant: TenantKey | null;
  email: string | null;
  token: string | null;
  client: HubClient;
}

const TENANTS = ['national', 'townA', 'townB', 'employerA', 'employerB'] as const;
type TenantKey = (typeof TENANTS)[number];
/** kioskA2 stands at location A (municipality A's, employer A linked); kioskB at town B's. */
const KIOSKS = ['kioskA2', 'kioskB'] as const;

// ---------------------------------------------------------------------------------------------
// The victims: one tenant of each kind

const VICTIM_KINDS = ['municipality', 'national', 'employer'] as const;
type VictimKind = (typeof VICTIM_KINDS)[number];
const VICTIM_TENANT: Record<VictimKind, TenantKey> = { municipality: 'townA', national: 'national', employer: 'employerA' };

interface Victim {
  kind: VictimKind;
  tenantId: string;
  /** The location where the victim's content is shown (A): its own for the municipality. */
  locationId: string;
  /** Location and kiosk the victim manages; null when it manages none (national, employer). */
  own: { locationId: string; kioskId: string; kioskToken: string } | null;
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
  /** Feedback a worker sent on the victim's published item, with a text only the victim may read. */
  feedbackId: string;
  userIds: Record<Role, string>;
  emails: Record<Role, string>;
  /** Name → value of everything no attacker may ever see. */
  secrets: Record<string, string>;
  /** Secrets this attacker may see by its relation to the victim (a linked employer: its location). */
  mayKnow: (a: Attacker) => string[];
  /** Attackers that hear the victim's live notices by right (kiosks whose location shows its layer). */
  mayHear: (a: Attacker) => boolean;
  /** The victim's own editor and admin. */
  editor: HubClient;
  admin: HubClient;
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

/** Location A shows municipality A's, employer A's and the national layer; location B the national one. */
const kioskShowsLayer = (kind: VictimKind, kiosk: string) => kind === 'national' || kiosk === 'kioskA2';

const ATTACKER_KEYS: string[] = [...TENANTS.flatMap((tenant) => ALL_ROLES.map((role) => `${tenant}.${role}`)), 'operator', ...KIOSKS, 'anonymous'];
/** Everyone but the victim itself. */
const attackersOf = (kind: VictimKind) => ATTACKER_KEYS.filter((key) => !key.startsWith(`${VICTIM_TENANT[kind]}.`));

let t: TestHub;
let world: World;
const victims = new Map<VictimKind, Victim>();
const attackers = new Map<string, Attacker>();
/** Items each victim itself creates during its live-notice window. */
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

/** Inputs aimed at the victim's own location: none for a victim that manages no location. */
const ownLocation = (v: Victim, inputs: (locationId: string) => unknown[]) => (v.own ? inputs(v.own.locationId) : []);

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
    mayShow: (a) => (a.kind === 'operator' ? ['tenantId', 'tenantName'] : []),
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

  'locations.create': {
    inputs: (v) => [{ name: 'Shadow site', kind: 'housing_site', address: '', tenantId: v.tenantId }],
  },
  'locations.update': {
    inputs: (v) => ownLocation(v, (id) => [{ locationId: id, location: { name: 'Hijacked', kind: 'town_hall', address: 'Elsewhere 1' } }]),
  },
  'locations.setLanguages': {
    inputs: (v) =>
      ownLocation(v, (id) => [
        { locationId: id, languages: ['ar', 'pl'] },
        { locationId: id, languages: null },
      ]),
  },
  'locations.setEmployerLink': {
    inputs: (v) =>
      ownLocation(v, (id) => [
        { locationId: id, employerTenantId: world.employerB.tenant.id, linked: true },
        { locationId: id, employerTenantId: v.employerId, linked: false },
      ]),
  },
  'locations.setHidden': {
    inputs: (v) =>
      ownLocation(v, (id) => [
        { locationId: id, itemId: v.hiddenNationalItemId, hidden: false },
        { locationId: id, itemId: v.shownNationalItemId, hidden: true },
      ]),
  },
  'locations.list': {
    inputs: (v) => [undefined, { tenantId: v.tenantId }],
    // Which national items a municipality hides at a location is its own business, not its linked employers'.
    check: (result, v, a) =>
      (result as LocationView[])
        .filter((l) => l.id === v.locationId && v.kind === 'municipality' && l.hiddenItemIds.length > 0)
        .map(() => `sees which national items municipality A hides at its location (${a.key})`),
  },
  'locations.employers': {},
  'locations.nationalItems': {},

  'kiosks.list': {},
  'kiosks.create': { inputs: (v) => ownLocation(v, (id) => [{ locationId: id, name: 'Rogue kiosk' }]) },
  'kiosks.newPairingCode': { inputs: (v) => (v.own ? [{ kioskId: v.own.kioskId }] : []) },
  'kiosks.revoke': { inputs: (v) => (v.own ? [{ kioskId: v.own.kioskId }] : []) },
  'kiosks.setLocationScreenHours': { inputs: (v) => ownLocation(v, (id) => [{ locationId: id, hours: { off: '08:00', on: '20:00' } }]) },
  'kiosks.setScreenHours': { inputs: (v) => (v.own ? [{ kioskId: v.own.kioskId, hours: { off: '08:00', on: '20:00' } }] : []) },
  'kiosks.identify': { inputs: (v) => (v.own ? [{ kioskId: v.own.kioskId }] : []) },
  'kiosks.requestScreenshot': { inputs: (v) => (v.own ? [{ kioskId: v.own.kioskId }] : []) },
  'kiosks.screenshot': { inputs: (v) => (v.own ? [{ kioskId: v.own.kioskId }] : []) },

  'device.pair': { inputs: (v) => [{ code: v.usedPairingCode }] },
  'device.info': { inputs: (v) => [undefined, { kioskId: world.kioskA.kiosk.id, locationId: v.locationId }] },
  // A kiosk reads its own orders only: an id in the input does not point it at another's.
  'device.orders': { inputs: (v) => [undefined, { kioskId: v.own?.kioskId ?? world.kioskA.kiosk.id }] },
  // A kiosk answers its own screenshot request only: the victim's request time and kiosk id do not redirect it.
  'device.screenshot': {
    inputs: (v) => [
      { outcome: 'taken', requestedAt: screenshotAskedAt, contentType: 'image/png', dataBase64: TINY_PNG, kioskId: v.own?.kioskId ?? world.kioskA.kiosk.id },
      { outcome: 'unavailable', requestedAt: screenshotAskedAt, kioskId: world.kioskA.kiosk.id },
    ],
  },
  'device.heartbeat': {
    // A kiosk reports its own health only: the kiosk id in the input must not redirect the report.
    inputs: (v, a) => (a.kind === 'kiosk' && !v.own ? [] : [{ appVersion: '6.6.6', contentSeq: 0, uptimeSeconds: 0, lastError: 'HIJACKED', kioskId: world.kioskA.kiosk.id }]),
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

  // A kiosk's counts go to its own location, whatever the batch says; a phone may count at any
  // location (it is public by design) and learns nothing but "counted".
  'usage.kioskBatch': { inputs: () => [{ batchId: randomUUID(), rows: [usageRow({ kind: 'language' })] }] },
  'usage.phoneBatch': { inputs: (v) => [{ locationId: v.locationId, batchId: randomUUID(), rows: [usageRow({ kind: 'language' })] }] },
  'usage.report': {
    inputs: (v) => [
      { from: USAGE_DAY, to: USAGE_DAY, locationId: null },
      { from: USAGE_DAY, to: USAGE_DAY, locationId: v.locationId },
    ],
    // Beyond the secrets: another tenant's item views only where it is the municipality of the site, its feedback never.
    check: (result, v, a) => {
      const report = result as UsageReport;
      const foreign = report.topItems.filter((r) => r.itemId === v.publishedItemId && !(a.tenant === 'townA' && v.kind !== 'municipality'));
      // Feedback only ever to the item's owner, even at the attacker's own site.
      const feedback = report.feedback.filter((r) => r.itemId === v.publishedItemId);
      return [...foreign.map(() => `sees the views of the victim's published item (${a.key})`), ...feedback.map(() => `sees feedback on the victim's published item (${a.key})`)];
    },
  },
  'feedback.list': { inputs: (v) => [{ status: null }, { status: 'new', tenantId: v.tenantId }] },
  'feedback.newCount': { inputs: (v) => [undefined, { tenantId: v.tenantId }] },
  'feedback.setStatus': { inputs: (v) => [{ id: v.feedbackId, status: 'handled' }] },
  // Feedback on a published item it shows goes to the victim (that is the point); on a draft, or
  // through a location that does not show the item, it is refused.
  'feedback.fromKiosk': {
    inputs: (v) => [
      { itemId: v.draftItemId, language: 'nl', kind: 'problem', reason: 'closed' },
      { itemId: v.publishedItemId, language: 'pl', kind: 'helpful', reason: null },
    ],
  },
  'feedback.fromPhone': {
    inputs: (v) => [
      { locationId: v.locationId, itemId: v.draftItemId, language: 'nl', kind: 'not_helpful', reason: null, text: null },
      { locationId: world.locB.id, itemId: v.publishedItemId, language: 'pl', kind: 'problem', reason: 'outdated', text: 'Verlopen' },
    ],
  },
};

const USAGE_DAY = new Date().toISOString().slice(0, 10);
/** The victims' search words that found nothing: the municipality's own business. */
const USAGE_WORDS = `geheimzoekwoord ${randomUUID().slice(0, 8)}`;
const usageRow = (row: Partial<UsageRow>): UsageRow => ({ day: USAGE_DAY, kind: 'item', language: 'pl', itemId: null, category: null, fallback: false, words: null, count: 9, ...row });

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

function secretsIn(v: Victim, text: string, except: string[] = []): string[] {
  return Object.entries(v.secrets)
    .filter(([name, value]) => !except.includes(name) && text.includes(value))
    .map(([name]) => name);
}

interface InputParser {
  safeParse(input: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
}
// At run time tRPC v11 keeps every procedure here under its dotted path ('content.get'); its static type is nested.
const procedures = hubRouter._def.procedures as unknown as Record<string, { _def: { type: 'query' | 'mutation' | 'subscription'; inputs: InputParser[] } }>;
const PROCEDURE_PATHS = Object.keys(procedures).sort();

/** What the procedure's own schema says of an input: null when valid, else the first problem. */
function inputProblem(path: string, input: unknown): string | null {
  for (const parser of procedures[path]!._def.inputs) {
    const parsed = parser.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error!.issues[0]!;
      return `${issue.path.map(String).join('.') || '(input)'}: ${issue.message}`;
    }
  }
  return null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await sleep(20);
  return check();
}

// ---------------------------------------------------------------------------------------------
// The world, the victims' data and the attackers' sessions, built once

/** A victim's content: a private image, a draft with two revisions, a published item with a translation draft. */
async function victimContent(tenant: TenantKey) {
  const emails = world[tenant].emails;
  const editor = t.client(await t.login(emails.editor));
  const admin = t.client(await t.login(emails.admin));
  const translator = t.client(await t.login(emails.translator));
  const marker = `SECRET-DRAFT-${tenant}-${randomUUID()}`;
  const translationMarker = `SECRET-TRANSLATION-${tenant}-${randomUUID()}`;
  const { mediaId } = await editor.content.uploadImage.mutate({ contentType: 'image/png', dataBase64: TINY_PNG });
  const draftCreate = createMutation({ published: false, category: 'work', images: [{ mediaId }] }, { title: marker, body: `<p>${marker} body</p>` });
  const published = createMutation({ published: true }, { title: `Gepubliceerd door ${tenant}`, body: '<p>Op tijd.</p>' });
  const created = await editor.sync.push.mutate({ mutations: [draftCreate, published] });
  expect(created.results.map((r) => r.status)).toEqual(['applied', 'applied']);
  const edited = await editor.sync.push.mutate({
    mutations: [updateMutation(draftCreate.itemId, 1, { translations: { nl: { summary: `${marker} summary` } } })],
  });
  const translated = await translator.sync.push.mutate({
    mutations: [updateMutation(published.itemId, 1, { translations: { pl: { title: translationMarker, body: `<p>${translationMarker}</p>`, status: 'draft' } } })],
  });
  expect([...edited.results, ...translated.results].map((r) => r.status)).toEqual(['applied', 'applied']);
  return { editor, admin, marker, translationMarker, mediaId, draftCreate, published };
}

beforeAll(async () => {
  // Dozens of deliberately wrong sign-ins and pairing codes come from one address here; the
  // real limits would answer TOO_MANY_REQUESTS and hide what the hub says to a single try.
  const generous = { kind: 'window', max: 100_000, windowMs: 15 * 60_000 } satisfies LimitPolicy;
  t = await startTestHub({
    limits: { perAccount: generous, perAddress: generous, pairing: generous, feedbackPerLocation: generous, feedbackPerAddress: generous },
  });
  world = await buildWorld(t);

  const content = {
    municipality: await victimContent('townA'),
    national: await victimContent('national'),
    employer: await victimContent('employerA'),
  };
  const townAAdmin = content.municipality.admin;

  // National items, one of which municipality A hides at its location.
  const hiddenNational = createMutation({ published: true, category: 'rules' }, { title: 'Inschrijven bij de gemeente' });
  const shownNational = createMutation({ published: true, category: 'health' }, { title: 'Huisarts' });
  await content.national.editor.sync.push.mutate({ mutations: [hiddenNational, shownNational] });
  await townAAdmin.locations.setHidden.mutate({ locationId: world.locA.id, itemId: hiddenNational.itemId, hidden: true });

  // Municipality A's kiosk, paired and reporting; a second kiosk at the same location attacks the other victims.
  const kioskToken = await pairKiosk(t, world.kioskA.pairing.code);
  await t.client(kioskToken).device.heartbeat.mutate({ appVersion: '1.0.0', contentSeq: 1, uptimeSeconds: 60, lastError: null });
  const kioskA2 = await townAAdmin.kiosks.create.mutate({ locationId: world.locA.id, name: 'Kiosk A2' });
  const kioskA2Token = await pairKiosk(t, kioskA2.pairing.code);
  // Kiosk A's screenshot, asked by its municipality: a PNG carrying a marker that nobody else may see.
  const asked = await townAAdmin.kiosks.requestScreenshot.mutate({ kioskId: world.kioskA.kiosk.id });
  screenshotAskedAt = asked.requestedAt!;
  const screenshotData = Buffer.concat([Buffer.from(TINY_PNG, 'base64'), Buffer.from(`SECRET-SCREENSHOT-${randomUUID()}`)]).toString('base64');
  await t.client(kioskToken).device.screenshot.mutate({ outcome: 'taken', requestedAt: screenshotAskedAt, contentType: 'image/png', dataBase64: screenshotData });
  // Kiosk A counted views of every victim's items (drafts too, as a rogue device might) and words that found nothing.
  await t.client(kioskToken).usage.kioskBatch.mutate({
    batchId: randomUUID(),
    rows: [
      ...Object.values(content).flatMap((c) => [usageRow({ itemId: c.draftCreate.itemId }), usageRow({ itemId: c.published.itemId })]),
      usageRow({ kind: 'search_empty', words: USAGE_WORDS }),
    ],
  });

  for (const kind of VICTIM_KINDS) {
    const tenant = VICTIM_TENANT[kind];
    const c = content[kind];
    const users = await c.admin.users.list.query();
    const byEmail = (email: string) => users.find((u) => u.email === email)!;
    const userIds = Object.fromEntries(ALL_ROLES.map((r) => [r, byEmail(world[tenant].emails[r]).id])) as Record<Role, string>;
    const feedbackMarker = `SECRET-FEEDBACK-${tenant}-${randomUUID()}`;
    await t.client().feedback.fromPhone.mutate({
      locationId: world.locA.id,
      itemId: c.published.itemId,
      language: 'pl',
      kind: 'problem',
      reason: 'wrong_contact',
      text: feedbackMarker,
    });
    const [feedback] = await c.editor.feedback.list.query({ status: 'new' });
    expect(feedback).toMatchObject({ itemId: c.published.itemId, text: feedbackMarker, source: 'phone' });
    const secrets: Record<string, string> = {
      'feedback.id': feedback!.id,
      'feedback.text': feedbackMarker,
      'draft.marker': c.marker,
      'draft.itemId': c.draftCreate.itemId,
      'translationDraft.marker': c.translationMarker,
      'image.mediaId': c.mediaId,
    };
    for (const u of users) {
      secrets[`user(${u.email}).id`] = u.id;
      secrets[`user(${u.email}).email`] = u.email;
      secrets[`user(${u.email}).name`] = u.name;
    }
    if (kind === 'municipality') {
      Object.assign(secrets, {
        'published.itemId': c.published.itemId,
        'kioskA.id': world.kioskA.kiosk.id,
        'location.id': world.locA.id,
        'location.name': world.locA.name,
        'usage.words': USAGE_WORDS,
        'screenshot.data': screenshotData,
        tenantId: world.townA.tenant.id,
        tenantName: world.townA.tenant.name,
      });
    }
    const [draftNow, publishedNow, items, locations, kiosks, audit] = await Promise.all([
      c.editor.content.get.query({ itemId: c.draftCreate.itemId }),
      c.editor.content.get.query({ itemId: c.published.itemId }),
      c.editor.content.list.query(),
      c.admin.locations.list.query(),
      kind === 'municipality' ? c.admin.kiosks.list.query() : Promise.resolve([]),
      c.admin.users.audit.query({ limit: 1 }),
    ]);
    expect(draftNow.revision).toBe(2);
    expect(publishedNow.translations.pl?.status).toBe('draft');
    victims.set(kind, {
      kind,
      tenantId: world[tenant].tenant.id,
      locationId: world.locA.id,
      own: kind === 'municipality' ? { locationId: world.locA.id, kioskId: world.kioskA.kiosk.id, kioskToken } : null,
      usedPairingCode: world.kioskA.pairing.code,
      employerId: world.employerA.tenant.id,
      draftItemId: c.draftCreate.itemId,
      draftRevision: draftNow.revision,
      publishedItemId: c.published.itemId,
      publishedRevision: publishedNow.revision,
      draftCreate: c.draftCreate,
      hiddenNationalItemId: hiddenNational.itemId,
      shownNationalItemId: shownNational.itemId,
      imageId: c.mediaId,
      feedbackId: feedback!.id,
      userIds,
      emails: world[tenant].emails,
      secrets,
      // Location A shows municipality A's published items to the employer linked there, with the
      // location's name and link; its second kiosk is the victim's own.
      mayKnow: (a) => [
        ...(kind === 'municipality' && (a.tenant === 'employerA' || a.key === 'kioskA2')
          ? ['published.itemId', 'location.id', 'location.name', 'tenantId', 'tenantName']
          : []),
        // A kiosk's first pull carries a tombstone (id and reason, nothing else) for each item of
        // its layers that is not shown there, drafts included.
        ...(a.kind === 'kiosk' && kioskShowsLayer(kind, a.key) ? ['draft.itemId'] : []),
      ],
      // Kiosks hear of changes to the layers their location shows.
      mayHear: (a) => a.kind === 'kiosk' && kioskShowsLayer(kind, a.key),
      editor: c.editor,
      admin: c.admin,
      before: { draft: draftNow, published: publishedNow, items, locations, kiosks, users, auditMark: audit.entries[0]!.id },
    });
  }
  const municipality = victims.get('municipality')!;
  expect(municipality.before.locations.map((l) => l.hiddenItemIds)).toEqual([[hiddenNational.itemId]]);
  expect(municipality.before.kiosks.find((k) => k.id === world.kioskA.kiosk.id)).toMatchObject({ paired: true, revoked: false, appVersion: '1.0.0' });

  // The attackers, each signed in once.
  await Promise.all(
    TENANTS.flatMap((tenant) =>
      ALL_ROLES.map(async (role) => {
        const email = world[tenant].emails[role];
        const token = await t.login(email);
        attackers.set(`${tenant}.${role}`, { key: `${tenant}.${role}`, kind: 'user', tenant, email, token, client: t.client(token) });
      }),
    ),
  );
  const operatorToken = await t.login(world.operatorEmail);
  attackers.set('operator', { key: 'operator', kind: 'operator', tenant: null, email: world.operatorEmail, token: operatorToken, client: t.client(operatorToken) });
  const kioskBToken = await pairKiosk(t, world.kioskB.pairing.code);
  attackers.set('kioskA2', { key: 'kioskA2', kind: 'kiosk', tenant: null, email: null, token: kioskA2Token, client: t.client(kioskA2Token) });
  attackers.set('kioskB', { key: 'kioskB', kind: 'kiosk', tenant: null, email: null, token: kioskBToken, client: t.client(kioskBToken) });
  attackers.set('anonymous', { key: 'anonymous', kind: 'anonymous', tenant: null, email: null, token: null, client: t.client() });
});

afterAll(() => t?.stop());

// ---------------------------------------------------------------------------------------------
// Live notices: one short window per victim for every subscriber at once

interface LiveRecord {
  started: boolean;
  notices: unknown[];
  error: unknown;
}
const liveWindows = new Map<VictimKind, Promise<Map<string, LiveRecord>>>();

/**
 * Every attacker subscribes, and so does the victim's own editor (the control: it must hear the
 * change, or the window proved nothing). The victim then writes a draft; the attackers must hear
 * nothing (but kiosks whose location shows the victim's layer), or be refused.
 */
function runLiveWindow(v: Victim): Promise<Map<string, LiveRecord>> {
  const running =
    liveWindows.get(v.kind) ??
    (async () => {
      const subscribers: [string, HubClient][] = [
        ...attackersOf(v.kind).map((key): [string, HubClient] => [key, attackers.get(key)!.client]),
        ['control:editor', v.editor],
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
        const draft = createMutation({ published: false }, { title: `${v.secrets['draft.marker']} second` });
        await v.editor.sync.push.mutate({ mutations: [draft] });
        victimWindowItemIds.push(draft.itemId);
        const heard = await waitFor(() => records.get('control:editor')!.notices.length > 0, 5_000);
        if (!heard) throw new Error('The victim’s own subscriber never heard the change: the live window tested nothing');
        await sleep(LIVE_QUIET_MS);
        return records;
      } finally {
        for (const s of subscriptions) s.unsubscribe();
      }
    })();
  liveWindows.set(v.kind, running);
  return running;
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

  it('makes every tenant kind a victim and attacks it as every role of every other tenant, the operator, kiosks and anonymous callers', () => {
    expect([...victims.keys()].sort()).toEqual([...VICTIM_KINDS].sort());
    expect([...attackers.keys()].sort()).toEqual([...ATTACKER_KEYS].sort());
    for (const kind of VICTIM_KINDS) expect(attackersOf(kind)).toHaveLength((TENANTS.length - 1) * ALL_ROLES.length + 4);
    // The employer linked to the victim municipality's location attacks it too.
    expect(attackersOf('municipality')).toEqual(expect.arrayContaining(ALL_ROLES.map((r) => `employerA.${r}`)));
  });

  it('sends only inputs the procedures accept: a BAD_REQUEST must never pass for a refusal', () => {
    const problems: string[] = [];
    for (const v of victims.values()) {
      for (const path of PROCEDURE_PATHS) {
        for (const key of attackersOf(v.kind)) {
          for (const input of CASES[path]?.inputs?.(v, attackers.get(key)!) ?? [undefined]) {
            const problem = inputProblem(path, input);
            if (problem) problems.push(`${path} (victim ${v.kind}, as ${key}): ${problem}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.each(VICTIM_KINDS)('victim: %s', (kind) => {
  describe.each(PROCEDURE_PATHS)('%s', (path) => {
    const type = procedures[path]!._def.type;

    it.each(attackersOf(kind))("as %s: refused, or answers without the victim's secrets", async (attackerKey) => {
      const v = victims.get(kind)!;
      const c = CASES[path];
      if (!c) throw new Error(`No entry for '${path}' in CASES: add one (see the first test)`);
      const a = attackers.get(attackerKey)!;
      const allowed = [...v.mayKnow(a), ...(c.mayShow?.(a) ?? [])];

      if (type === 'subscription') {
        const record = (await runLiveWindow(v)).get(a.key)!;
        if (record.error) {
          const code = record.error instanceof TRPCClientError ? (record.error.data as { code?: string } | undefined)?.code : String(record.error);
          expect(REFUSALS, `${path} as ${a.key} failed with ${code}`).toContain(code);
        } else {
          expect(record.started, `${path} as ${a.key}: neither started nor refused`).toBe(true);
        }
        if (!v.mayHear(a)) expect(record.notices, `${path} as ${a.key} heard of the victim's changes`).toEqual([]);
        return;
      }

      let client = a.client;
      if (c.freshSession && a.email) client = t.client(await t.login(a.email));
      const problems: string[] = [];
      for (const input of c.inputs?.(v, a) ?? [undefined]) {
        const procedure = procedureOf(client, path);
        const outcome = await attempt(type === 'query' ? procedure.query(input) : procedure.mutate(input));
        const sent = JSON.stringify(input) ?? '';
        const label = `input ${sent.length > 160 ? `${sent.slice(0, 160)}…` : sent}`;
        if (outcome.refused) {
          if (!REFUSALS.includes(outcome.code)) problems.push(`${label}: failed with ${outcome.code} (${outcome.message})`);
          // An error may repeat what was sent, but nothing more of the victim's.
          const told = secretsIn(v, `${outcome.message} ${JSON.stringify(outcome.data)}`, allowed).filter((s) => !sent.includes(v.secrets[s]!));
          if (told.length) problems.push(`${label}: the refusal names ${told.join(', ')}`);
          continue;
        }
        const leaks = secretsIn(v, JSON.stringify(outcome.result) ?? '', allowed);
        if (leaks.length) problems.push(`${label}: the answer contains ${leaks.join(', ')}`);
        if (c.check) problems.push(...(await c.check(outcome.result, v, a, input)).map((p) => `${label}: ${p}`));
      }
      expect(problems, `${path} as ${a.key}`).toEqual([]);
    });
  });

  // -------------------------------------------------------------------------------------------
  // Upload URLs: the victim's private image

  describe('the victim’s unpublished image over /media', () => {
    const fetchMedia = (token: string | null) =>
      fetch(`${t.hub.url}/media/${victims.get(kind)!.imageId}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    it('is served to the victim', async () => {
      const token = await t.login(victims.get(kind)!.emails.viewer);
      expect((await fetchMedia(token)).status).toBe(200);
    });

    it.each(attackersOf(kind))('is not served as %s', async (attackerKey) => {
      const res = await fetchMedia(attackers.get(attackerKey)!.token);
      expect(res.status).toBe(404);
    });

    it('is not served even when a foreign tenant publishes an item pointing at it', async () => {
      const foreign = attackers.get(kind === 'municipality' ? 'townB.editor' : 'townA.editor')!.client;
      await foreign.sync.push.mutate({ mutations: [createMutation({ published: true, images: [{ mediaId: victims.get(kind)!.imageId }] })] });
      expect((await fetchMedia(null)).status).toBe(404);
      expect((await fetchMedia(attackers.get('kioskB')!.token)).status).toBe(404);
    });
  });

  // -------------------------------------------------------------------------------------------
  // Afterwards, as the victim: nothing changed

  describe('afterwards, as the victim', () => {
    it('finds its draft and published item as they were', async () => {
      const v = victims.get(kind)!;
      expect(await v.editor.content.get.query({ itemId: v.draftItemId })).toEqual(v.before.draft);
      expect(await v.editor.content.get.query({ itemId: v.publishedItemId })).toEqual(v.before.published);
    });

    it('finds its layer unchanged but for its own new items', async () => {
      const v = victims.get(kind)!;
      const items = await v.editor.content.list.query();
      const before = new Map(v.before.items.map((i) => [i.id, i]));
      for (const item of items) {
        if (before.has(item.id)) expect(item).toEqual(before.get(item.id));
        else expect(victimWindowItemIds, `item ${item.id} appeared in the victim's layer`).toContain(item.id);
      }
      expect(items.filter((i) => before.has(i.id))).toHaveLength(before.size);
    });

    it('finds its workers’ feedback still new, and only feedback on its own items', async () => {
      const v = victims.get(kind)!;
      const feedback = await v.editor.feedback.list.query({ status: null });
      expect(feedback.find((f) => f.id === v.feedbackId)).toMatchObject({ status: 'new', text: v.secrets['feedback.text'] });
      const own = new Set([...(await v.editor.content.list.query()).map((i) => i.id)]);
      expect(feedback.filter((f) => !own.has(f.itemId))).toEqual([]);
    });

    it('finds its locations with the same employers, hidden items and settings', async () => {
      const v = victims.get(kind)!;
      expect(await v.admin.locations.list.query()).toEqual(v.before.locations);
    });

    it.runIf(kind === 'municipality')('finds its kiosk paired, not revoked, with its own health report, and still able to read', async () => {
      const v = victims.get(kind)!;
      const own = v.own!;
      const kiosk = (await v.admin.kiosks.list.query()).find((k) => k.id === own.kioskId);
      // Online and how far behind move with time and the victim's own changes.
      const { online: _online, changesBehind: _behind, ...before } = v.before.kiosks.find((k) => k.id === own.kioskId)!;
      expect(kiosk).toMatchObject(before);
      expect(await t.client(own.kioskToken).device.info.query()).toMatchObject({ kioskId: own.kioskId, location: { id: v.locationId } });
      expect((await v.admin.kiosks.list.query()).map((k) => k.id)).toEqual(v.before.kiosks.map((k) => k.id));
      expect(await v.admin.kiosks.screenshot.query({ kioskId: own.kioskId })).toMatchObject({ status: 'taken', dataBase64: v.secrets['screenshot.data'] });
    });

    it('finds its users with the same roles and active flags, and none added', async () => {
      const v = victims.get(kind)!;
      const users = await v.admin.users.list.query();
      for (const u of v.before.users) expect(users.find((x) => x.id === u.id), u.email).toEqual(u);
      // Its own members, attacking the other victims, created accounts in their own tenant: theirs to make.
      const ownIntruders = `intruder-${VICTIM_TENANT[kind].toLowerCase()}-`;
      const added = users.filter((u) => !u.email.startsWith(ownIntruders)).map((u) => u.email);
      expect(added.sort()).toEqual(v.before.users.map((u) => u.email).sort());
    });

    it('finds nothing in its audit trail written by anyone outside its tenant', async () => {
      const v = victims.get(kind)!;
      const names = new Set(v.before.users.map((u) => u.name));
      const recent = (await v.admin.users.audit.query({ limit: 500 })).entries.filter((e) => e.id > v.before.auditMark);
      expect(recent.filter((e) => !names.has(e.actorName)).map((e) => `${e.actorName}: ${e.action} ${e.entity} ${e.entityId}`)).toEqual([]);
    });
  });
});
