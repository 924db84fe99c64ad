import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AdminCore } from '../../main/core/admin/admin-core';
import { KioskCore } from '../../main/core/kiosk/kiosk-core';
import { kioskRouter } from '../../main/core/kiosk/kiosk-router';
import type { ExportResult } from '../../main/core/admin/xliff-files';
import { buildWorld, PASSWORD, startTestHub, type TestHub, type World } from '../helpers/hub-fixture';
import { tempCores } from '../helpers/temp-cores';

let t: TestHub;
let world: World;
const cores = tempCores('xliff');

beforeEach(async () => {
  t = await startTestHub();
  world = await buildWorld(t);
});
afterEach(async () => {
  await cores.cleanUp();
  await t.stop();
});

async function signedInCore(email: string) {
  const core = new AdminCore({ dataDir: cores.tempDir(), pollMs: 60_000 });
  cores.track(core);
  await core.signIn(t.hub.url, email, PASSWORD);
  await core.syncNow();
  return core;
}

const article = {
  title: 'Huur betalen',
  summary: 'Op tijd betalen voorkomt boetes.',
  body: '<p>Betaal de huur <strong>voor de 1e</strong> van de maand.</p><ul><li>Per bank</li></ul><p><a href="https://waalhaven.example/huur">Meer</a></p>',
};
const contact = { title: 'Huisarts Waalhaven', summary: 'Bel bij ziekte.', body: '' };

/** What the agency sends back for each Dutch text, as it would appear in the XML (escaped). */
const POLISH: Record<string, string> = {
  'Huur betalen': 'Płacenie czynszu',
  'Op tijd betalen voorkomt boetes.': 'Terminowa płatność chroni przed karami.',
  [escapeXml(article.body)]: escapeXml(
    '<p>Zapłać czynsz <strong>przed 1.</strong> dniem miesiąca.</p><ul><li>Przelewem</li></ul><p><a href="https://waalhaven.example/huur">Więcej</a></p><script>alert(1)</script>',
  ),
  'Huisarts Waalhaven': 'Lekarz rodzinny Waalhaven',
  'Bel bij ziekte.': 'Zadzwoń, gdy jesteś chory.',
};

function escapeXml(s: string) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Fills every empty <target> after a <source>, as a translator's tool would (1.2 and 2.0 alike). */
function translate(xml: string, dictionary = POLISH): string {
  return xml.replace(/<source>([\s\S]*?)<\/source>(\s*)<target><\/target>/g, (_, source: string, space: string) => {
    const target = dictionary[source];
    if (target === undefined) throw new Error(`No translation for ${source}`);
    return `<source>${source}</source>${space}<target>${target}</target>`;
  });
}

const upload = (name: string, text: string) => ({ name, dataBase64: Buffer.from(text).toString('base64') });
const fileOf = (r: ExportResult) => {
  if (!('file' in r)) throw new Error(`Export refused: ${r.refused}`);
  return r.file;
};

async function seed(core: AdminCore) {
  const articleId = core.create({ category: 'housing', kind: 'article', sourceLanguage: 'nl', published: true }, article);
  const contactId = core.create(
    { category: 'health', kind: 'contact', sourceLanguage: 'nl', published: true, contact: { phones: [{ number: '+31 10 123 4567', label: 'main' }], email: null, address: null, openingHours: [], website: null } },
    contact,
  );
  await core.syncNow();
  return { articleId, contactId };
}

describe('XLIFF for translation agencies, over a real hub', () => {
  it('round trip: export what is missing in Polish, the agency translates, import, the kiosk shows the Polish text', async () => {
    const editor = await signedInCore(world.townA.emails.editor);
    const { articleId, contactId } = await seed(editor);

    const file = fileOf(await editor.exportForTranslation('pl', null, '1.2', false));
    expect(file.name).toMatch(/^wegwijs_tenant-town-a_nl-pl_2-items_\d{4}-\d{2}-\d{2}\.xliff$/);
    expect(file.content).toContain('version="1.2"');
    expect(file.content).toContain(`original="wegwijs/${world.townA.tenant.id}/${articleId}/r1"`);
    expect(file.content).toContain('Contact card: phone numbers');

    const translator = await signedInCore(world.townA.emails.translator);
    const files = [upload(file.name, translate(file.content))];
    const plan = await translator.planTranslationImport(files);
    expect(plan.refusals).toEqual([]);
    const byItem = (a: { itemId: string }, b: { itemId: string }) => a.itemId.localeCompare(b.itemId);
    expect(plan.changes.sort(byItem).map((c) => [c.itemId, c.language, c.before, c.after.title])).toEqual(
      [
        { itemId: articleId, title: 'Płacenie czynszu' },
        { itemId: contactId, title: 'Lekarz rodzinny Waalhaven' },
      ]
        .sort(byItem)
        .map((c) => [c.itemId, 'pl', null, c.title]),
    );
    // The diff shows what will be stored: the sanitizer already took the script out.
    expect(plan.changes.find((c) => c.itemId === articleId)!.after.body).not.toContain('script');

    await translator.importTranslations(files, 'current');
    await translator.syncNow();
    expect(translator.status()).toMatchObject({ pending: 0, conflicts: 0 });

    const kiosk = new KioskCore({ dataDir: cores.tempDir(), appVersion: 'test', pollMs: 60_000, heartbeatMs: 60_000 });
    cores.track(kiosk);
    await kiosk.pair(t.hub.url, world.kioskA.pairing.code);
    const screen = kioskRouter(kiosk).createCaller({});
    const shown = await screen.article({ language: 'pl', itemId: articleId });
    expect(shown).toMatchObject({ title: 'Płacenie czynszu', summary: 'Terminowa płatność chroni przed karami.' });
    expect(shown.body).toBe('<p>Zapłać czynsz <strong>przed 1.</strong> dniem miesiąca.</p><ul><li>Przelewem</li></ul><p><a href="https://waalhaven.example/huur">Więcej</a></p>');
    expect((await screen.article({ language: 'pl', itemId: contactId })).title).toBe('Lekarz rodzinny Waalhaven');

    const audit = await t.client(await t.login(world.townA.emails.admin)).users.audit.query({ limit: 20 });
    const imports = audit.entries.filter((a) => a.action === 'item.translation_import');
    expect(imports.map((a) => a.entityId).sort()).toEqual([articleId, contactId].sort());
    expect(imports[0]!.detail).toMatchObject({ languages: ['pl'], file: file.name, status: 'current' });
    expect(imports[0]!.actorName).toBe('translator town-a');
  });

  it('round trip as a zip of XLIFF 2.0 files, one per item, imported as drafts', async () => {
    const editor = await signedInCore(world.townA.emails.editor);
    const { articleId } = await seed(editor);
    const zip = fileOf(await editor.exportForTranslation('pl', [articleId], '2.0', true));
    expect(zip.encoding).toBe('base64');
    const entries = unzipSync(Buffer.from(zip.content, 'base64'));
    const [name] = Object.keys(entries);
    expect(name).toBe(`wegwijs_tenant-town-a_nl-pl_huur-betalen_${articleId.slice(0, 8)}_r1.xlf`);
    const translated = zipSync({ [name!]: strToU8(translate(strFromU8(entries[name!]!))) });

    await editor.importTranslations([{ name: 'terug.zip', dataBase64: Buffer.from(translated).toString('base64') }], 'draft');
    await editor.syncNow();
    const onHub = await t.client(await t.login(world.townA.emails.editor)).content.get.query({ itemId: articleId });
    expect(onHub.translations.pl).toMatchObject({ title: 'Płacenie czynszu', status: 'draft' });
    // Exporting again: a draft is neither missing nor outdated.
    expect(await editor.exportForTranslation('pl', null, '1.2', false)).toMatchObject({ file: { name: expect.stringContaining('huisarts') } });
  });

  it('refuses a file for another tenant, and with it the whole upload', async () => {
    const townB = await signedInCore(world.townB.emails.editor);
    await seed(townB);
    const foreign = upload('b.xliff', translate(fileOf(await townB.exportForTranslation('pl', null, '1.2', false)).content));
    const editor = await signedInCore(world.townA.emails.editor);
    const { articleId } = await seed(editor);
    const own = upload('a.xliff', translate(fileOf(await editor.exportForTranslation('pl', [articleId], '1.2', false)).content));

    const plan = await editor.importTranslations([own, foreign], 'current');
    expect(plan.refusals.map((r) => [r.file, r.reason, r.blocking])).toEqual([
      ['b.xliff', 'other_tenant', true],
      ['b.xliff', 'other_tenant', true],
    ]);
    expect(editor.status().pending).toBe(0);
    expect(editor.store.view(articleId)!.translations.pl).toBeUndefined();
  });

  it('leaves out items whose source changed since export, names them, and imports the rest', async () => {
    const editor = await signedInCore(world.townA.emails.editor);
    const { articleId, contactId } = await seed(editor);
    const file = upload('pl.xliff', translate(fileOf(await editor.exportForTranslation('pl', null, '1.2', false)).content));
    editor.update(contactId, { translations: { nl: { title: 'Huisarts Waalhaven-Zuid' } } });
    // Another translation moves the article's revision on, but its source stays: that one is fine.
    editor.update(articleId, { translations: { en: { title: 'Paying rent' } } });
    await editor.syncNow();

    const plan = await editor.importTranslations([file], 'current');
    expect(plan.refusals).toEqual([
      expect.objectContaining({ reason: 'source_changed', blocking: false, itemId: contactId, itemTitle: 'Huisarts Waalhaven-Zuid', exportedRevision: 1, currentRevision: 2 }),
    ]);
    expect(plan.changes.map((c) => c.itemId)).toEqual([articleId]);
    await editor.syncNow();
    const hub = t.client(await t.login(world.townA.emails.editor));
    expect((await hub.content.get.query({ itemId: articleId })).translations.pl?.title).toBe('Płacenie czynszu');
    expect((await hub.content.get.query({ itemId: contactId })).translations.pl).toBeUndefined();
  });

  it('refuses malformed XML and unknown ids with nothing imported', async () => {
    const editor = await signedInCore(world.townA.emails.editor);
    const { articleId } = await seed(editor);
    const good = translate(fileOf(await editor.exportForTranslation('pl', [articleId], '1.2', false)).content);
    const cut = good.slice(0, good.length / 2);
    const unknownItem = good.replace(articleId, '00000000-0000-4000-8000-000000000000');
    const unknownUnit = good.replace('id="summary"', 'id="subtitle"');

    for (const [bad, reason] of [
      [cut, 'incomplete'],
      ['<xliff version="1.2"><file original="x"></xliff>', 'malformed'],
      [unknownItem, 'unknown_item'],
      [unknownUnit, 'unknown_unit'],
    ] as const) {
      const plan = await editor.importTranslations([upload('good.xliff', good), upload('bad.xliff', bad)], 'current');
      expect(plan.refusals.map((r) => [r.file, r.reason, r.blocking])).toEqual([['bad.xliff', reason, true]]);
      expect(editor.status().pending).toBe(0);
    }
    expect(editor.store.view(articleId)!.translations.pl).toBeUndefined();
  });
});
