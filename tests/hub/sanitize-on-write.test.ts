import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildWorld, pairKiosk, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';
import { createMutation, updateMutation } from '../helpers/items';
import { readTags, richTextProblems, visibleText } from '../helpers/safe-html';
import { XSS_CORPUS } from '../fixtures/xss-corpus';

let t: TestHub;
let world: World;

beforeEach(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
});
afterEach(() => t.stop());

const payload = (name: string) => {
  const found = XSS_CORPUS.find((c) => c.name === name);
  if (!found) throw new Error(`no corpus case named ${name}`);
  return found.html;
};

/** Several payloads around text and a link that must survive, as an editor might paste them. */
const SOURCE_BODY = [
  '<h1>Huur betalen</h1>',
  '<p>Betaal de huur voor de eerste van de maand.</p>',
  payload('plain script'),
  payload('onclick on an allowed p'),
  payload('javascript link'),
  payload('hex-entity javascript'),
  payload('svg link with xlink:href'),
  payload('iframe srcdoc'),
  payload('style attribute with javascript url'),
  '<p>Vragen? <a href="tel:+31412123456">Bel ons</a></p>',
  // Unclosed: the sanitizer drops everything after it, so it comes last.
  payload('noscript title mXSS'),
].join('\n');

const TRANSLATION_BODY = [
  '<p>Zapłać czynsz do pierwszego dnia miesiąca.</p>',
  payload('onerror on img'),
  payload('slash instead of a space before the handler'),
  payload('tab inside the scheme'),
  payload('base64 data URL'),
  payload('vbscript link'),
  payload('comment closed inside an attribute'),
  payload('svg textarea foreign content'),
  payload('textarea solidus mis-close'),
  '<p><a href="https://www.government.nl/">Więcej</a></p>',
  // Leaves a <style> open: the sanitizer drops everything after it, so it comes last.
  payload('form math mXSS (DOMPurify 2.0.0 bypass)'),
].join('\n');

function expectCleanSource(body: string | undefined, where: string) {
  expect(body, where).toBeDefined();
  expect(richTextProblems(body!), `${where}: ${body}`).toEqual([]);
  expect(body, where).toContain('<h2>Huur betalen</h2>');
  expect(body, where).toContain('<a href="tel:+31412123456">Bel ons</a>');
  const text = visibleText(body!);
  for (const word of ['Betaal de huur', 'Klik', 'Lees meer', 'x2']) expect(text, where).toContain(word);
  expect(text, where).not.toContain('alert');
}

function expectCleanTranslation(body: string | undefined, where: string) {
  expect(body, where).toBeDefined();
  expect(richTextProblems(body!), `${where}: ${body}`).toEqual([]);
  expect(body, where).toContain('<a href="https://www.government.nl/">Więcej</a>');
  const text = visibleText(body!);
  for (const word of ['Zapłać czynsz', 'Tekst', 'x5', 'x11', 'x13']) expect(text, where).toContain(word);
}

describe('rich text is sanitized where it is stored', () => {
  it('serves a clean body and translation body to admins, kiosks and phones', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    const create = createMutation({}, { title: 'Huur <script>alert(1)</script>', summary: 'Elke maand', body: SOURCE_BODY });
    const pushed = await editor.sync.push.mutate({
      mutations: [create, updateMutation(create.itemId, 1, { translations: { pl: { title: 'Czynsz', body: TRANSLATION_BODY } } })],
    });
    expect(pushed.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    // What the push answers is already the stored, clean version.
    const applied = pushed.results[1]!;
    if (applied.status !== 'applied') throw new Error('not applied');
    expectCleanSource(applied.item?.translations.nl?.body, 'push result, source');
    expectCleanTranslation(applied.item?.translations.pl?.body, 'push result, translation');

    const admin = t.client(await t.login(world.townA.emails.admin));
    const item = await admin.content.get.query({ itemId: create.itemId });
    expectCleanSource(item.translations.nl?.body, 'content.get, source');
    expectCleanTranslation(item.translations.pl?.body, 'content.get, translation');
    expect(item.translations.pl?.status).toBe('current');

    const history = await admin.content.history.query({ itemId: create.itemId });
    expect(history.map((r) => r.revision)).toEqual([2, 1]);
    for (const revision of history) {
      for (const [language, text] of Object.entries(revision.snapshot.translations)) {
        expect(richTextProblems(text!.body), `revision ${revision.revision}, ${language}`).toEqual([]);
      }
    }

    const layer = await admin.sync.pull.query({ since: 0 });
    const pulled = layer.items.find((i) => i.id === create.itemId);
    expectCleanSource(pulled?.translations.nl?.body, 'admin sync.pull, source');
    expectCleanTranslation(pulled?.translations.pl?.body, 'admin sync.pull, translation');

    const asAdmin = await admin.feed.article.query({ locationId: world.locA.id, itemId: create.itemId, language: 'nl' });
    expectCleanSource(asAdmin.body, 'admin feed.article');

    const kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    const nl = await kiosk.feed.article.query({ locationId: world.locA.id, itemId: create.itemId, language: 'nl' });
    expectCleanSource(nl.body, 'kiosk feed.article nl');
    const pl = await kiosk.feed.article.query({ locationId: world.locA.id, itemId: create.itemId, language: 'pl' });
    expect(pl.shownLanguage).toBe('pl');
    expectCleanTranslation(pl.body, 'kiosk feed.article pl');
    const merged = await kiosk.feed.merged.query({ locationId: world.locA.id, language: 'pl' });
    const listed = merged.find((e) => e.id === create.itemId);
    expect(listed && 'body' in listed, 'the list carries no bodies').toBe(false);
    expect(listed?.title).not.toMatch(/<script/i);

    const published = await kiosk.sync.pull.query({ since: 0 });
    expect(published.kind).toBe('published');
    const shown = published.items.find((i) => i.id === create.itemId);
    expectCleanSource(shown?.translations.nl?.body, 'kiosk sync.pull, source');
    expectCleanTranslation(shown?.translations.pl?.body, 'kiosk sync.pull, translation');

    // The phone page around the body is the hub's own markup; the title is escaped text.
    const res = await fetch(`${t.hub.url}/p/${world.locA.id}/${create.itemId}?lang=pl&plain`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).not.toMatch(/<\s*script/i);
    expect(page).not.toMatch(/(?:java|vb)script:|\bdata:/i);
    expect(page).toContain('<a href="https://www.government.nl/">Więcej</a>');
    for (const tag of readTags(page).tags) {
      for (const name of Object.keys(tag.attributes)) expect(name, `<${tag.name}> on the phone page`).not.toMatch(/^on/);
      expect(['img', 'svg', 'math', 'iframe', 'object', 'embed', 'form', 'base', 'noscript']).not.toContain(tag.name);
    }
  });

  it('sanitizes a body changed by an update, in the source and in a translation', async () => {
    const editor = t.client(await t.login(world.townA.emails.editor));
    const create = createMutation();
    await editor.sync.push.mutate({ mutations: [create] });
    const res = await editor.sync.push.mutate({
      mutations: [updateMutation(create.itemId, 1, { translations: { nl: { body: SOURCE_BODY }, pl: { title: 'Czynsz', body: TRANSLATION_BODY } } })],
    });
    expect(res.results[0]!.status).toBe('applied');
    const item = await t.client(await t.login(world.townA.emails.viewer)).content.get.query({ itemId: create.itemId });
    expectCleanSource(item.translations.nl?.body, 'updated source');
    expectCleanTranslation(item.translations.pl?.body, 'updated translation');
    const kiosk = t.client(await pairKiosk(t, world.kioskA.pairing.code));
    const shown = (await kiosk.sync.pull.query({ since: 0 })).items.find((i) => i.id === create.itemId);
    expectCleanSource(shown?.translations.nl?.body, 'kiosk pull after update, source');
    expectCleanTranslation(shown?.translations.pl?.body, 'kiosk pull after update, translation');
  });
});
