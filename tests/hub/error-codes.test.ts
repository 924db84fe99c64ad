import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCClientError } from '@trpc/client';
import type { HubRouter } from '../../main/hub/router';
import { buildWorld, PASSWORD, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';

let t: TestHub;
let world: World;

beforeAll(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
});
afterAll(() => t.stop());

async function problems(call: Promise<unknown>) {
  try {
    await call;
  } catch (err) {
    if (err instanceof TRPCClientError) return (err as TRPCClientError<HubRouter>).data?.problems;
    throw err;
  }
  throw new Error('expected the call to be refused, but it succeeded');
}

// The console translates these codes; it never reads the English message.
describe('refusals cross the wire as codes with field paths', () => {
  it('a malformed input gives zod codes with the full path and the limit', async () => {
    const admin = t.client(await t.login(world.townA.emails.admin));
    const found = await problems(admin.users.create.mutate({ email: 'not-an-email', name: 'x', role: 'viewer', password: 'abc' }));
    expect(found).toEqual(
      expect.arrayContaining([
        { path: 'email', code: 'invalid_format', params: { origin: 'string', format: 'email' } },
        { path: 'password', code: 'too_small', params: { minimum: 10, origin: 'string' } },
      ]),
    );
  });

  it('a service refusal gives its own code and the field it is about', async () => {
    const admin = t.client(await t.login(world.townA.emails.admin));
    const found = await problems(admin.users.create.mutate({ email: world.townA.emails.editor, name: 'Again', role: 'viewer', password: PASSWORD }));
    expect(found).toEqual([{ path: 'email', code: 'email_taken' }]);
    expect(await problems(t.client().auth.login.mutate({ email: world.townA.emails.admin, password: 'wrong password!' }))).toEqual([
      { path: 'password', code: 'wrong_credentials' },
    ]);
  });

  it('a refusal by role or sign-in gives a code for the whole request', async () => {
    expect(await problems(t.client().users.list.query())).toEqual([{ path: '', code: 'sign_in_first' }]);
    const viewer = t.client(await t.login(world.townA.emails.viewer));
    expect(await problems(viewer.users.list.query())).toEqual([{ path: '', code: 'admins_only' }]);
  });
});
