import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCClientError } from '@trpc/client';
import type { HubRouter } from '../../main/hub/router';
import { buildWorld, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';

let t: TestHub;
let world: World;

beforeAll(async () => {
  t = await startTestHub({ settings: { hashCost: { N: 1024, r: 8, p: 1 } } });
  world = await buildWorld(t);
});
afterAll(() => t.stop());

async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (err) {
    if (err instanceof TRPCClientError) {
      const e = err as TRPCClientError<HubRouter>;
      return { message: e.message, code: e.data?.code, problems: e.data?.problems };
    }
    throw err;
  }
  throw new Error('expected the call to be refused, but it succeeded');
}

describe('a location’s languages', () => {
  it('default to null (every language) and keep the chosen order', async () => {
    const admin = t.client(await t.login(world.townA.emails.admin));
    expect((await admin.locations.list.query()).find((l) => l.id === world.locA.id)?.languages).toBeNull();
    const saved = await admin.locations.setLanguages.mutate({ locationId: world.locA.id, languages: ['pl', 'ro', 'nl', 'ar'] });
    expect(saved.languages).toEqual(['pl', 'ro', 'nl', 'ar']);
    expect((await admin.locations.list.query()).find((l) => l.id === world.locA.id)?.languages).toEqual(['pl', 'ro', 'nl', 'ar']);
    const bundle = (await (await fetch(`${t.hub.url}/app/${world.locA.id}/bundle/pl.json`)).json()) as { location: { languages: string[] } };
    expect(bundle.location.languages).toEqual(['pl', 'ro', 'nl', 'ar']);
    expect((await admin.locations.setLanguages.mutate({ locationId: world.locA.id, languages: null })).languages).toBeNull();
  });

  it('are refused with a message naming the field: empty, a language twice, an unknown code', async () => {
    const admin = t.client(await t.login(world.townA.emails.admin));
    const empty = await refusal(admin.locations.setLanguages.mutate({ locationId: world.locA.id, languages: [] }));
    expect(empty.message).toContain('languages: offer at least one language');
    expect(empty.problems).toEqual([expect.objectContaining({ path: 'languages', code: 'too_small' })]);
    const twice = await refusal(admin.locations.setLanguages.mutate({ locationId: world.locA.id, languages: ['pl', 'nl', 'pl'] }));
    expect(twice.message).toContain('languages: each language only once');
    expect(twice.problems).toEqual([expect.objectContaining({ path: 'languages', code: 'custom' })]);
    // @ts-expect-error a code outside the interface languages, as an old or hostile client might send
    const unknown = await refusal(admin.locations.setLanguages.mutate({ locationId: world.locA.id, languages: ['pl', 'xx'] }));
    expect(unknown.message).toContain('languages: not one of the interface languages');
    expect(unknown.problems).toEqual([expect.objectContaining({ path: 'languages.1', code: 'invalid_value' })]);
    expect((await admin.locations.list.query()).find((l) => l.id === world.locA.id)?.languages).toBeNull();
  });

  it('are changed only by an admin of the location’s own municipality', async () => {
    const input = { locationId: world.locA.id, languages: ['ar' as const] };
    const otherTown = t.client(await t.login(world.townB.emails.admin));
    expect((await refusal(otherTown.locations.setLanguages.mutate(input))).code).toBe('NOT_FOUND');
    const employer = t.client(await t.login(world.employerA.emails.admin));
    expect((await refusal(employer.locations.setLanguages.mutate(input))).code).toBe('NOT_FOUND');
    const editor = t.client(await t.login(world.townA.emails.editor));
    expect((await refusal(editor.locations.setLanguages.mutate(input))).code).toBe('FORBIDDEN');
    const admin = t.client(await t.login(world.townA.emails.admin));
    expect((await admin.locations.list.query()).find((l) => l.id === world.locA.id)?.languages).toBeNull();
  });
});
