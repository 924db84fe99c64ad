import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRPCClientError } from '@trpc/client';
import type { HubRouter } from '../../main/hub/router';
import { DEFAULT_COST } from '../../main/hub/auth/password';
import { operatorStore, userStore } from '../../main/hub/data/user-store';
import { buildWorld, pairKiosk, PASSWORD, startTestHub, TEST_HASH_COST, type HubClient, type TestHub, type World } from '../helpers/hub-fixture';

let t: TestHub;
let world: World;
let clock: Date;

const MINUTE = 60_000;
const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));

// A fresh hub, database and set of rate limiters for every test: limits and clocks are state.
beforeEach(async () => {
  clock = new Date('2026-12-01T09:00:00Z');
  t = await startTestHub({ now: () => clock });
  world = await buildWorld(t);
});
afterEach(() => t.stop());

/** The error a call failed with; fails the test when the call succeeds. */
async function failure(call: Promise<unknown>): Promise<TRPCClientError<HubRouter>> {
  try {
    await call;
  } catch (err) {
    if (err instanceof TRPCClientError) return err as TRPCClientError<HubRouter>;
    throw err;
  }
  throw new Error('expected the call to be refused, but it succeeded');
}

const anonymous = () => t.client();
const login = (email: string, password = PASSWORD) => anonymous().auth.login.mutate({ email, password });
const as = async (email: string): Promise<HubClient> => t.client(await t.login(email));

async function userId(admin: HubClient, email: string): Promise<string> {
  const user = (await admin.users.list.query()).find((u) => u.email === email);
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
}

describe('sign-in', () => {
  it('gives a token that auth.me accepts, valid for sessionTtlMs', async () => {
    const session = await login(world.townA.emails.editor);
    expect(session.token).toMatch(/^wws_/);
    expect(session.expiresAt).toBe(new Date(clock.getTime() + t.hub.deps.settings.sessionTtlMs).toISOString());
    expect(session).toMatchObject({ user: { email: world.townA.emails.editor, role: 'editor' }, tenant: { id: world.townA.tenant.id } });
    const me = await t.client(session.token).auth.me.query();
    expect(me).toMatchObject({ kind: 'user', user: { email: world.townA.emails.editor, role: 'editor' }, tenant: { id: world.townA.tenant.id } });
  });

  it('refuses a wrong password and an unknown e-mail alike, without saying which', async () => {
    const wrong = await failure(login(world.townA.emails.admin, 'not the password'));
    const unknown = await failure(login('nobody@town-a.example', PASSWORD));
    expect(wrong.data?.code).toBe('UNAUTHORIZED');
    expect(unknown.data?.code).toBe('UNAUTHORIZED');
    expect(unknown.message).toBe(wrong.message);
    expect(unknown.data?.field).toBe(wrong.data?.field);
    expect(wrong.message).not.toMatch(/exist|unknown|no account|not found|admin@/i);
  });

  it('treats the e-mail address case-insensitively', async () => {
    const session = await login('ADMIN@Town-A.Example');
    expect(session.user.email).toBe(world.townA.emails.admin);
    const admin = t.client(session.token);
    await admin.users.create.mutate({ email: 'New.Person@Town-A.Example', name: 'New Person', role: 'editor', password: PASSWORD });
    expect((await login('new.person@town-a.example')).user.email).toBe('new.person@town-a.example');
    expect((await login('NEW.PERSON@TOWN-A.EXAMPLE')).user.role).toBe('editor');
  });
});

describe('sign-in rate limits', () => {
  it('locks an account after 5 wrong passwords, even for the right one, and leaves other accounts open', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await failure(login(world.townA.emails.admin, `wrong ${i}`))).data?.code).toBe('UNAUTHORIZED');
    }
    const locked = await failure(login(world.townA.emails.admin));
    expect(locked.data?.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.message).toMatch(/try again/i);
    // The same account in other letters is the same account.
    expect((await failure(login(world.townA.emails.admin.toUpperCase()))).data?.code).toBe('TOO_MANY_REQUESTS');
    // Another account from the same address still signs in.
    expect((await login(world.townA.emails.editor)).token).toMatch(/^wws_/);
  });

  it('locks an address after 20 failures spread over accounts that are each below their own limit', async () => {
    const sprayed = [
      world.townA.emails.admin,
      world.townA.emails.editor,
      world.townA.emails.translator,
      world.townA.emails.viewer,
      world.townB.emails.admin,
    ];
    let failures = 0;
    for (const email of sprayed) {
      for (let i = 0; i < 4 && failures < 19; i++, failures++) {
        expect((await failure(login(email, `wrong ${i}`))).data?.code, `failure ${failures + 1}`).toBe('UNAUTHORIZED');
      }
    }
    expect(failures).toBe(19);
    // 19 failures from this address: a good password still gets in.
    expect((await login(world.townB.emails.editor)).token).toMatch(/^wws_/);
    // The 20th failure closes the address, for every account, right password or not.
    expect((await failure(login(world.townB.emails.admin, 'wrong again'))).data?.code).toBe('UNAUTHORIZED');
    for (const email of [world.townB.emails.viewer, world.national.emails.admin, world.townB.emails.editor]) {
      const refused = await failure(login(email));
      expect(refused.data?.code, email).toBe('TOO_MANY_REQUESTS');
    }
    expect((await failure(login('nobody@nowhere.example'))).data?.code).toBe('TOO_MANY_REQUESTS');
  });
});

describe('sign-in rate limits under concurrent attempts', () => {
  /**
   * With the production scrypt cost a password check takes tens of milliseconds, long enough for
   * many requests to be in flight at once. The limit must count them all, or an attacker guesses
   * in parallel batches. A hub of its own, with accounts hashed at that cost (setup via the stores).
   */
  async function slowHub(accounts: number) {
    // The clock stands still: the account's back-off never ends during the test, so only the
    // count of checks let through at once is measured.
    const frozen = new Date('2026-12-01T09:00:00Z');
    const slow = await startTestHub({ now: () => frozen, settings: { hashCost: DEFAULT_COST } });
    const system = { id: null, name: 'test', tenantId: null };
    const tenant = await operatorStore(slow.hub.deps, system).createTenant('municipality', 'Slow town');
    const users = userStore(slow.hub.deps, tenant, { ...system, tenantId: tenant.id });
    const emails: string[] = [];
    for (let i = 0; i < accounts; i++) {
      emails.push((await users.create({ email: `user${i}@slow.example`, name: `User ${i}`, role: 'editor', password: PASSWORD })).email);
    }
    return { slow, emails };
  }

  async function tally(calls: Promise<unknown>[]) {
    const counts: Record<string, number> = {};
    for (const r of await Promise.allSettled(calls)) {
      const key = r.status === 'fulfilled' ? 'signed in' : r.reason instanceof TRPCClientError ? String(r.reason.data?.code) : String(r.reason);
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }

  it('lets no more than 5 password checks through for one account, even when 30 arrive at once', async () => {
    const { slow, emails } = await slowHub(1);
    try {
      const email = emails[0]!;
      const counts = await tally(Array.from({ length: 30 }, (_, i) => slow.client().auth.login.mutate({ email, password: `guess ${i}` })));
      expect(counts['UNAUTHORIZED'] ?? 0, JSON.stringify(counts)).toBeLessThanOrEqual(5);
      expect(counts['TOO_MANY_REQUESTS'] ?? 0, JSON.stringify(counts)).toBeGreaterThanOrEqual(25);
    } finally {
      await slow.stop();
    }
  });

  it('lets no more than 20 password checks through for one address, even when they arrive at once', async () => {
    const { slow, emails } = await slowHub(6);
    try {
      // 4 guesses per account stays under the account limit: only the address limit can stop these 24.
      const calls = emails.flatMap((email) => [0, 1, 2, 3].map((i) => slow.client().auth.login.mutate({ email, password: `guess ${i}` })));
      const counts = await tally(calls);
      expect(counts['UNAUTHORIZED'] ?? 0, JSON.stringify(counts)).toBeLessThanOrEqual(20);
    } finally {
      await slow.stop();
    }
  });
});

describe('sessions', () => {
  it('end after sessionTtlMs with a message that says so', async () => {
    const token = await t.login(world.townA.emails.editor);
    const api = t.client(token);
    const ttl = t.hub.deps.settings.sessionTtlMs;
    expect(ttl).toBe(12 * 60 * MINUTE);
    advance(ttl - MINUTE);
    await expect(api.auth.me.query()).resolves.toMatchObject({ kind: 'user' });
    await expect(api.content.list.query()).resolves.toEqual([]);
    advance(2 * MINUTE);
    for (const call of [api.auth.me.query(), api.content.list.query(), api.sync.pull.query({ since: 0 })]) {
      const ended = await failure(call);
      expect(ended.data?.code).toBe('UNAUTHORIZED');
      expect(ended.message).toMatch(/session has ended/i);
    }
    // Signing in again gives a fresh session.
    await expect(t.client(await t.login(world.townA.emails.editor)).auth.me.query()).resolves.toMatchObject({ kind: 'user' });
  });

  it('end at logout, immediately and only for that token', async () => {
    const first = t.client(await t.login(world.townA.emails.editor));
    const second = t.client(await t.login(world.townA.emails.editor));
    await expect(first.auth.logout.mutate()).resolves.toEqual({ ok: true });
    const ended = await failure(first.auth.me.query());
    expect(ended.data?.code).toBe('UNAUTHORIZED');
    expect(ended.message).toMatch(/session has ended/i);
    expect((await failure(first.sync.pull.query({ since: 0 }))).data?.code).toBe('UNAUTHORIZED');
    expect((await failure(first.auth.logout.mutate())).data?.code).toBe('UNAUTHORIZED');
    await expect(second.auth.me.query()).resolves.toMatchObject({ kind: 'user' });
  });

  it('end when an admin deactivates the user, who then cannot sign in until reactivated', async () => {
    const admin = await as(world.townA.emails.admin);
    const editorToken = await t.login(world.townA.emails.editor);
    const editor = t.client(editorToken);
    await expect(editor.auth.me.query()).resolves.toMatchObject({ kind: 'user' });
    const id = await userId(admin, world.townA.emails.editor);

    await expect(admin.users.setActive.mutate({ userId: id, active: false })).resolves.toMatchObject({ id, active: false });
    const ended = await failure(editor.auth.me.query());
    expect(ended.data?.code).toBe('UNAUTHORIZED');
    expect(ended.message).toMatch(/session has ended/i);
    expect((await failure(editor.content.list.query())).data?.code).toBe('UNAUTHORIZED');

    const blocked = await failure(login(world.townA.emails.editor));
    const wrong = await failure(login(world.townA.emails.viewer, 'not the password'));
    expect(blocked.data?.code).toBe('UNAUTHORIZED');
    // A deactivated account looks like a wrong password: it does not confirm the account exists.
    expect(blocked.message).toBe(wrong.message);

    await admin.users.setActive.mutate({ userId: id, active: true });
    await expect(t.client(await t.login(world.townA.emails.editor)).auth.me.query()).resolves.toMatchObject({ kind: 'user' });
    // The session from before stays ended.
    expect((await failure(t.client(editorToken).auth.me.query())).data?.code).toBe('UNAUTHORIZED');
  });

  it('do not let an admin deactivate themselves', async () => {
    const admin = await as(world.townA.emails.admin);
    const self = await userId(admin, world.townA.emails.admin);
    const refused = await failure(admin.users.setActive.mutate({ userId: self, active: false }));
    expect(refused.data?.code).toBe('BAD_REQUEST');
    expect(refused.data?.field).toBe('userId');
    await expect(admin.auth.me.query()).resolves.toMatchObject({ user: { role: 'admin' } });
    expect((await admin.users.list.query()).find((u) => u.id === self)?.active).toBe(true);
  });

  it('keep at least one admin: the last admin cannot be demoted', async () => {
    const admin = await as(world.townA.emails.admin);
    const self = await userId(admin, world.townA.emails.admin);
    const refused = await failure(admin.users.setRole.mutate({ userId: self, role: 'editor' }));
    expect(refused.data?.code).toBe('BAD_REQUEST');
    expect(refused.data?.field).toBe('role');
    expect((await admin.users.list.query()).find((u) => u.id === self)?.role).toBe('admin');

    // With a second admin the first may step down; the second is then the last and may not.
    const editorId = await userId(admin, world.townA.emails.editor);
    await admin.users.setRole.mutate({ userId: editorId, role: 'admin' });
    const second = await as(world.townA.emails.editor);
    await expect(second.users.setRole.mutate({ userId: self, role: 'editor' })).resolves.toMatchObject({ role: 'editor' });
    const last = await failure(second.users.setRole.mutate({ userId: editorId, role: 'viewer' }));
    expect(last.data).toMatchObject({ code: 'BAD_REQUEST', field: 'role' });
    // The demoted admin lost admin rights at once, on the session it already had.
    expect((await failure(admin.users.list.query())).data?.code).toBe('FORBIDDEN');
  });
});

describe('kiosk pairing', () => {
  it('works once: the device token reads, the same code again is refused', async () => {
    const paired = await anonymous().device.pair.mutate({ code: world.kioskA.pairing.code });
    expect(paired.deviceToken).toMatch(/^wwd_/);
    expect(paired).toMatchObject({ kioskId: world.kioskA.kiosk.id, location: { id: world.locA.id, name: 'Housing site A' } });
    const kiosk = t.client(paired.deviceToken);
    await expect(kiosk.device.info.query()).resolves.toMatchObject({ kioskId: world.kioskA.kiosk.id, name: 'Kiosk A', location: { id: world.locA.id } });
    await expect(kiosk.sync.pull.query({ since: 0 })).resolves.toMatchObject({ kind: 'published' });

    const again = await failure(anonymous().device.pair.mutate({ code: world.kioskA.pairing.code }));
    expect(again.data?.code).toBe('UNAUTHORIZED');
    expect(again.data?.field).toBe('code');
    // The failed second use does not disturb the kiosk that paired.
    await expect(kiosk.device.info.query()).resolves.toMatchObject({ kioskId: world.kioskA.kiosk.id });
  });

  it('refuses a code older than 15 minutes', async () => {
    const admin = await as(world.townA.emails.admin);
    const created = await admin.kiosks.create.mutate({ locationId: world.locA.id, name: 'Kiosk A2' });
    expect(created.pairing.expiresAt).toBe(new Date(clock.getTime() + 15 * MINUTE).toISOString());
    advance(15 * MINUTE - 1_000);
    // buildWorld's code was made at the same moment: just inside its window it still works.
    await expect(pairKiosk(t, world.kioskA.pairing.code)).resolves.toMatch(/^wwd_/);
    advance(2_000);
    const expired = await failure(anonymous().device.pair.mutate({ code: created.pairing.code }));
    expect(expired.data).toMatchObject({ code: 'UNAUTHORIZED', field: 'code' });
    expect(expired.message).toMatch(/not valid/i);
  });

  it('accepts a code in lower case and with spaces or dashes', async () => {
    const admin = await as(world.townA.emails.admin);
    const forms = [
      (c: string) => c.toLowerCase(),
      (c: string) => `${c.slice(0, 4)} ${c.slice(4)}`.toLowerCase(),
      (c: string) => `${c.slice(0, 4)}-${c.slice(4)}`,
      (c: string) => ` ${c.slice(0, 2)}-${c.slice(2, 4)} ${c.slice(4, 6)}-${c.slice(6)} `.toLowerCase(),
    ];
    for (const form of forms) {
      const { code } = await admin.kiosks.newPairingCode.mutate({ kioskId: world.kioskA.kiosk.id });
      expect(code).toMatch(/^[A-Z2-9]{8}$/);
      const token = await pairKiosk(t, form(code));
      await expect(t.client(token).device.info.query(), form(code)).resolves.toMatchObject({ kioskId: world.kioskA.kiosk.id });
    }
  });

  it('lets a new code replace the previous unused one and unpair the old device', async () => {
    const admin = await as(world.townA.emails.admin);
    const oldDevice = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    const second = await admin.kiosks.newPairingCode.mutate({ kioskId: world.kioskA.kiosk.id });
    // Re-pairing a replaced screen: the old device token stops working.
    expect((await failure(oldDevice.sync.pull.query({ since: 0 }))).data?.code).toBe('UNAUTHORIZED');
    const third = await admin.kiosks.newPairingCode.mutate({ kioskId: world.kioskA.kiosk.id });
    expect(third.code).not.toBe(second.code);
    expect((await failure(anonymous().device.pair.mutate({ code: second.code }))).data?.code).toBe('UNAUTHORIZED');
    const device = t.client(await pairKiosk(t, third.code));
    await expect(device.sync.pull.query({ since: 0 })).resolves.toMatchObject({ kind: 'published' });
  });

  it('refuses a revoked kiosk’s device token', async () => {
    const admin = await as(world.townA.emails.admin);
    const kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    await kiosk.device.heartbeat.mutate({ appVersion: '1.0.0', contentSeq: 0, uptimeSeconds: 5 });
    const revoked = await admin.kiosks.revoke.mutate({ kioskId: world.kioskA.kiosk.id });
    expect(revoked).toMatchObject({ revoked: true, online: false });

    const pull = await failure(kiosk.sync.pull.query({ since: 0 }));
    expect(pull.data?.code).toBe('UNAUTHORIZED');
    const info = await failure(kiosk.device.info.query());
    expect(info.data?.code).toBe('UNAUTHORIZED');
    expect(info.message).toMatch(/no longer paired/i);
    expect((await failure(kiosk.device.heartbeat.mutate({ appVersion: '1.0.0', contentSeq: 0, uptimeSeconds: 6 }))).data?.code).toBe('UNAUTHORIZED');
    expect((await failure(kiosk.feed.merged.query({ locationId: world.locA.id, language: 'nl' }))).data?.code).toBe('UNAUTHORIZED');
  });

  it('rate limits wrong codes per address: after 10, even a right code is refused', async () => {
    for (let i = 0; i < 10; i++) {
      const wrong = await failure(anonymous().device.pair.mutate({ code: `WRONG-CD${i}` }));
      expect(wrong.data?.code, `wrong code ${i + 1}`).toBe('UNAUTHORIZED');
    }
    const limited = await failure(anonymous().device.pair.mutate({ code: world.kioskA.pairing.code }));
    expect(limited.data?.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.message).toMatch(/try again/i);
    // Signing in is a separate limit.
    expect((await login(world.townA.emails.admin)).token).toMatch(/^wws_/);
  });
});

describe('kiosk heartbeat', () => {
  it('shows in the admin’s kiosk list, and the kiosk goes offline when heartbeats stop', async () => {
    const admin = await as(world.townA.emails.admin);
    const kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    const before = (await admin.kiosks.list.query()).find((k) => k.id === world.kioskA.kiosk.id);
    expect(before).toMatchObject({ paired: true, online: false, lastHeartbeatAt: null, appVersion: null });

    const answer = await kiosk.device.heartbeat.mutate({ appVersion: '1.4.2', contentSeq: 42, uptimeSeconds: 3600 });
    expect(answer.serverTime).toBe(clock.toISOString());
    expect(typeof answer.latestSeq).toBe('number');
    const beat = clock.toISOString();
    const listed = (await admin.kiosks.list.query()).find((k) => k.id === world.kioskA.kiosk.id);
    expect(listed).toMatchObject({
      online: true,
      appVersion: '1.4.2',
      contentSeq: 42,
      uptimeSeconds: 3600,
      lastHeartbeatAt: beat,
      lastError: null,
      revoked: false,
    });

    advance(5 * MINUTE);
    const silent = (await admin.kiosks.list.query()).find((k) => k.id === world.kioskA.kiosk.id);
    expect(silent).toMatchObject({ online: false, lastHeartbeatAt: beat, appVersion: '1.4.2' });

    await kiosk.device.heartbeat.mutate({ appVersion: '1.4.3', contentSeq: 43, uptimeSeconds: 3900, lastError: 'disk almost full' });
    expect((await admin.kiosks.list.query()).find((k) => k.id === world.kioskA.kiosk.id)).toMatchObject({
      online: true,
      appVersion: '1.4.3',
      lastError: 'disk almost full',
    });
    // Another municipality does not see this kiosk.
    const other = await (await as(world.townB.emails.admin)).kiosks.list.query();
    expect(other.map((k) => k.id)).not.toContain(world.kioskA.kiosk.id);
  });
});

describe('malformed input', () => {
  it('names the field: login with a malformed e-mail address or no password', async () => {
    const bad = await failure(anonymous().auth.login.mutate({ email: 'not-an-email', password: PASSWORD }));
    expect(bad.data?.code).toBe('BAD_REQUEST');
    expect(bad.data?.field).toBe('email');
    expect(bad.data?.fieldErrors).toMatchObject({ email: ['Not an e-mail address'] });
    const empty = await failure(anonymous().auth.login.mutate({ email: world.townA.emails.admin, password: '' }));
    expect(empty.data).toMatchObject({ code: 'BAD_REQUEST', field: 'password', fieldErrors: { password: ['Enter your password'] } });
  });

  it('names the field: a user with a 3-character password, and stores nothing', async () => {
    const admin = await as(world.townA.emails.admin);
    const count = (await admin.users.list.query()).length;
    const bad = await failure(admin.users.create.mutate({ email: 'short@town-a.example', name: 'Short', role: 'viewer', password: 'abc' }));
    expect(bad.data?.code).toBe('BAD_REQUEST');
    expect(bad.data?.field).toBe('password');
    expect(bad.data?.fieldErrors).toMatchObject({ password: [expect.stringMatching(/at least 10 characters/i)] });
    expect(await admin.users.list.query()).toHaveLength(count);

    const duplicate = await failure(admin.users.create.mutate({ email: world.townA.emails.editor, name: 'Again', role: 'viewer', password: PASSWORD }));
    expect(duplicate.data).toMatchObject({ code: 'BAD_REQUEST', field: 'email' });
  });

  it('names the field for kiosk input, and malformed codes do not use up the pairing limit', async () => {
    const admin = await as(world.townA.emails.admin);
    expect((await failure(admin.kiosks.create.mutate({ locationId: 'not-an-id', name: 'K' }))).data).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'locationId',
    });
    expect((await failure(admin.kiosks.create.mutate({ locationId: world.locA.id, name: '  ' }))).data).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'name',
    });
    expect((await failure(admin.users.setActive.mutate({ userId: 'nope', active: false }))).data).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'userId',
    });
    for (let i = 0; i < 12; i++) {
      expect((await failure(anonymous().device.pair.mutate({ code: 'ab' }))).data).toMatchObject({ code: 'BAD_REQUEST', field: 'code' });
    }
    const kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    const beat = await failure(kiosk.device.heartbeat.mutate({ appVersion: '1.0.0', contentSeq: -1, uptimeSeconds: 0 }));
    expect(beat.data).toMatchObject({ code: 'BAD_REQUEST', field: 'contentSeq' });
  });
});

describe('sign-in limits behind a reverse proxy, and a lock-out that degrades', () => {
  /** A sign-in over raw HTTP, so the test sets X-Forwarded-For as a proxy (or an attacker) would. */
  async function signIn(hub: TestHub, email: string, password: string, forwardedFor?: string) {
    const res = await fetch(`${hub.hub.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      body: JSON.stringify({ email, password }),
    });
    const body = (await res.json()) as { error?: { data?: { code?: string }; message?: string } };
    return res.ok ? 'signed in' : (body.error?.data?.code ?? String(res.status));
  }

  it('lets the real user in after a short wait, not 15 minutes, when someone typed wrong passwords for their account', async () => {
    for (let i = 0; i < 5; i++) expect(await signIn(t, world.townA.emails.admin, `wrong ${i}`)).toBe('UNAUTHORIZED');
    const locked = await failure(login(world.townA.emails.admin));
    expect(locked.data?.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.message).toMatch(/Try again in 1 second/);
    advance(1_100);
    expect((await login(world.townA.emails.admin)).token).toMatch(/^wws_/);
  });

  it('makes each further wrong guess wait twice as long, up to a minute: guessing stays slow', async () => {
    for (let i = 0; i < 5; i++) await signIn(t, world.townA.emails.admin, `wrong ${i}`);
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      // Try every second until the account takes a guess again.
      let waited = 0;
      while ((await signIn(t, world.townA.emails.admin, `guess ${i}`)) === 'TOO_MANY_REQUESTS') {
        advance(1_000);
        waited += 1_000;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);
  });

  it('keeps the counters in the database: a restarted hub still remembers them', async () => {
    for (let i = 0; i < 5; i++) await signIn(t, world.townA.emails.admin, `wrong ${i}`);
    await t.restart();
    expect(await signIn(t, world.townA.emails.admin, PASSWORD)).toBe('TOO_MANY_REQUESTS');
  });

  it('ignores X-Forwarded-For from a client that is not a trusted proxy: rotating it does not dodge the address limit', async () => {
    const accounts = [world.townA.emails.admin, world.townA.emails.editor, world.townA.emails.translator, world.townA.emails.viewer, world.townB.emails.admin];
    let n = 0;
    for (const email of accounts) for (let i = 0; i < 4; i++) await signIn(t, email, 'wrong', `198.51.100.${n++}`);
    expect(await signIn(t, world.national.emails.admin, PASSWORD, '192.0.2.200')).toBe('TOO_MANY_REQUESTS');
  });

  it('behind a trusted proxy, limits each client address, not the proxy: one client’s failures lock nobody else out', async () => {
    const proxied = await startTestHub({ now: () => clock, settings: { hashCost: TEST_HASH_COST, trustedProxies: ['127.0.0.1'] } });
    try {
      const w = await buildWorld(proxied);
      const accounts = [w.townA.emails.admin, w.townA.emails.editor, w.townA.emails.translator, w.townA.emails.viewer, w.townB.emails.admin];
      for (const email of accounts) for (let i = 0; i < 4; i++) expect(await signIn(proxied, email, 'wrong', '203.0.113.5')).toBe('UNAUTHORIZED');
      // The guessing client is stopped …
      expect(await signIn(proxied, w.national.emails.admin, PASSWORD, '203.0.113.5')).toBe('TOO_MANY_REQUESTS');
      // … and a colleague behind the same nginx signs in.
      expect(await signIn(proxied, w.national.emails.admin, PASSWORD, '198.51.100.7')).toBe('signed in');
      // The audit trail has the client's address, not the proxy's.
      const row = (await proxied.hub.deps.db.selectFrom('audit_log').select('detail').where('action', '=', 'session.login').orderBy('id', 'desc').limit(1).executeTakeFirst())?.detail;
      expect(JSON.parse(String(row))).toEqual({ address: '198.51.100.7' });
    } finally {
      await proxied.stop();
    }
  });
});
