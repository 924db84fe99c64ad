import { randomUUID } from 'node:crypto';
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { workerText } from '../shared/strings/all';
import type { LanguageCode } from '../shared/languages';
import type { FeedEntry } from '../shared/merged-feed';
import { startKioskEnv, type KioskEnv } from './helpers/kiosk-env';
import { chooseLanguage, LANDSCAPE, openArticle, openCategory, openPairedKiosk, PORTRAIT, screen, shoot, startOver } from './kiosk-helpers';

/**
 * Read-aloud in real Chromium, which has no voices of its own here: eSpeak NG in a worker reads
 * a Polish article on the kiosk and on the phone, sentence by sentence with the sentence marked;
 * pause, continue and stop; the kiosk's idle reset stops it; the phone reads offline once the
 * voice was used; a language without any voice says so.
 */
test.describe.configure({ mode: 'serial' });

/**
 * Counts the page's AudioContexts and how many are open or sounding (eSpeak plays through them),
 * and notes each sentence the "reading" highlight marks, in order.
 */
function watchAudio() {
  const sentences: string[] = [];
  let last = '';
  const note = () => {
    const text = [...(CSS.highlights.get('reading') ?? [])].map((r) => r.toString()).join(' ');
    if (text && text !== last) sentences.push(text);
    last = text;
    requestAnimationFrame(note);
  };
  requestAnimationFrame(note);
  const contexts: AudioContext[] = [];
  const Original = window.AudioContext;
  window.AudioContext = class extends Original {
    constructor(options?: AudioContextOptions) {
      super(options);
      contexts.push(this);
    }
  };
  Object.assign(window, { sentencesRead: () => sentences.splice(0), openAudio: () => contexts.filter((c) => c.state !== 'closed').length, playingAudio: () => contexts.filter((c) => c.state === 'running').length });
}
const openAudio = (page: Page) => page.evaluate(() => (window as unknown as { openAudio(): number }).openAudio());
/** The sentences marked since the last call. */
const sentencesRead = (page: Page) => page.evaluate(() => (window as unknown as { sentencesRead(): string[] }).sentencesRead());
const playingAudio = (page: Page) => page.evaluate(() => (window as unknown as { playingAudio(): number }).playingAudio());

/** The text under the "reading" highlight, or null when nothing is marked. */
const marked = (page: Page) =>
  page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('reading') ?? [])];
    return ranges.length ? ranges.map((r) => r.toString()).join(' ') : null;
  });

/** Sentences as the language's rules split them, title and summary each on their own. */
const sentences = (...texts: string[]) =>
  texts.flatMap((text) => [...new Intl.Segmenter('pl', { granularity: 'sentence' }).segment(text)].map((s) => s.segment.trim()).filter(Boolean));

const listen = (page: Page) => page.getByTestId('listen');
const tap = (page: Page, language: LanguageCode, key: 'listen' | 'listenPause' | 'listenResume' | 'listenStop') =>
  listen(page).getByRole('button', { name: workerText(language, key), exact: true }).click();

function polishArticle(env: KioskEnv): FeedEntry {
  const entry = env.core.store.feed('pl', new Date()).find((e) => e.category === 'housing' && e.kind === 'article' && e.shownLanguage === 'pl' && e.summary && e.body);
  if (!entry) throw new Error('The demo data has no Polish housing article with a summary');
  return entry;
}

/** Listen, then: the title is marked first, the summary next, and the state follows each tap. */
async function readPauseStop(page: Page, entry: FeedEntry) {
  await expect(listen(page)).toHaveAttribute('data-state', 'idle');
  await sentencesRead(page);
  await tap(page, 'pl', 'listen');
  await expect(listen(page)).toHaveAttribute('data-state', 'reading', { timeout: 30_000 });
  expect(await playingAudio(page)).toBe(1);
  // The title first, then the summary, sentence by sentence.
  const read: string[] = [];
  await expect.poll(async () => read.push(...(await sentencesRead(page))), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  expect(read.slice(0, 2)).toEqual(sentences(entry.title, entry.summary!).slice(0, 2));

  await tap(page, 'pl', 'listenPause');
  await expect(listen(page)).toHaveAttribute('data-state', 'paused');
  await expect.poll(() => playingAudio(page)).toBe(0);
  const pausedAt = await marked(page);
  await page.waitForTimeout(2_500);
  expect(await marked(page)).toBe(pausedAt);

  await tap(page, 'pl', 'listenResume');
  await expect(listen(page)).toHaveAttribute('data-state', 'reading');
  await expect.poll(() => playingAudio(page)).toBe(1);

  await tap(page, 'pl', 'listenStop');
  await expect(listen(page)).toHaveAttribute('data-state', 'idle');
  expect(await marked(page)).toBeNull();
  await expect.poll(() => openAudio(page)).toBe(0);
}

test.describe('kiosk', () => {
  const IDLE_SECONDS = 15;
  let env: KioskEnv;
  let page: Page;
  let close: () => Promise<void>;
  const voiceFiles: string[] = [];

  test.beforeAll(async ({ browser }) => {
    ({ env, page, close } = await openPairedKiosk(browser, { idleSeconds: IDLE_SECONDS }, watchAudio));
    page.on('request', (r) => r.url().includes('/espeak/') && voiceFiles.push(r.url().split('/espeak/')[1]!));
  });
  test.afterAll(() => close?.());

  test('listen reads a Polish article sentence by sentence; pause, continue, stop; only the Polish voice is loaded, on the tap', async () => {
    test.setTimeout(90_000);
    const entry = polishArticle(env);
    await chooseLanguage(page, 'pl');
    await openCategory(page, 'pl', 'housing');
    await openArticle(page, entry);
    expect(voiceFiles).toEqual([]);
    await readPauseStop(page, entry);
    expect(voiceFiles.sort()).toEqual(['espeak-core.wasm', 'pl_dict']);
  });

  test('screenshots while reading, in Dutch, Polish and Arabic, portrait and landscape (Arabic is read too)', async () => {
    test.setTimeout(90_000);
    await startOver(page);
    for (const language of ['nl', 'pl', 'ar'] as const) {
      const articles = env.core.store.feed(language, new Date()).filter((e) => e.category === 'housing' && e.kind === 'article');
      const entry = articles.find((e) => e.shownLanguage === language) ?? articles[0]!;
      await chooseLanguage(page, language);
      await openCategory(page, language, 'housing');
      await openArticle(page, entry);
      await tap(page, language, 'listen');
      await expect(listen(page)).toHaveAttribute('data-state', 'reading', { timeout: 30_000 });
      await expect.poll(() => marked(page)).not.toBeNull();
      await shoot(page, `${language}-portrait-read-aloud`);
      await page.setViewportSize(LANDSCAPE);
      await shoot(page, `${language}-landscape-read-aloud`);
      await page.setViewportSize(PORTRAIT);
      await tap(page, language, 'listenStop');
      await startOver(page);
    }
    await chooseLanguage(page, 'pl');
    await openCategory(page, 'pl', 'housing');
    await openArticle(page, polishArticle(env));
  });

  test('the idle reset stops the reading', async () => {
    test.setTimeout(90_000);
    await tap(page, 'pl', 'listen');
    await expect(listen(page)).toHaveAttribute('data-state', 'reading', { timeout: 30_000 });
    await expect(screen(page, 'language')).toBeVisible({ timeout: 2 * IDLE_SECONDS * 1000 });
    await expect.poll(() => openAudio(page)).toBe(0);
    expect(await marked(page)).toBeNull();
  });
});

test.describe('phone app', () => {
  let env: KioskEnv;
  let context: BrowserContext;
  let phone: Page;
  let articleUrl: string;
  let entry: FeedEntry;
  let locationId: string;
  let publicUrl: string;

  test.beforeAll(async ({ browser }: { browser: Browser }) => {
    env = await startKioskEnv();
    publicUrl = env.hub.url.replace('127.0.0.1', 'localhost');
    const pairing = await env.pairingCode();
    locationId = pairing.locationId;
    await env.core.pair(env.hub.url, pairing.code);
    await expect.poll(() => env.core.store.feed('pl', new Date()).length).toBeGreaterThan(0);
    entry = polishArticle(env);
    articleUrl = `${publicUrl}/app/${pairing.locationId}/item/${entry.id}?lang=pl`;
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'allow' });
    await context.addInitScript(watchAudio);
    phone = await context.newPage();
  });
  test.afterAll(async () => {
    await context?.close();
    await env?.close();
  });

  test('listen reads the article; the page allows WebAssembly and nothing more', async () => {
    test.setTimeout(90_000);
    const response = await phone.goto(articleUrl);
    const csp = response!.headers()['content-security-policy']!;
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).not.toContain("'unsafe-eval'");
    await expect(phone.locator('.article-title')).toHaveText(entry.title);
    await expect.poll(() => phone.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
    await readPauseStop(phone, entry);
    await tap(phone, 'pl', 'listen');
    await expect(listen(phone)).toHaveAttribute('data-state', 'reading', { timeout: 30_000 });
    await phone.screenshot({ path: 'screenshots/phone/pl-read-aloud.png' });
    await tap(phone, 'pl', 'listenStop');
  });

  test('after the first use it reads aloud in airplane mode', async () => {
    test.setTimeout(90_000);
    await context.setOffline(true);
    await phone.reload();
    await expect(phone.locator('.article-title')).toHaveText(entry.title);
    await sentencesRead(phone);
    await tap(phone, 'pl', 'listen');
    await expect(listen(phone)).toHaveAttribute('data-state', 'reading', { timeout: 30_000 });
    await expect.poll(() => sentencesRead(phone)).toContain(sentences(entry.title)[0]);
    await tap(phone, 'pl', 'listenStop');
    await context.setOffline(false);
  });

  test('an article in a language eSpeak NG has no voice for (Somali) says so, in Somali, and loads no voice', async () => {
    const editor = await env.editor();
    const itemId = randomUUID();
    const source = { title: 'Biyaha la karkari', summary: 'Biyaha karkari ka hor intaadan cabbin.', body: '<p>Ilaa ogeysiis kale.</p>' };
    const pushed = await editor.sync.push.mutate({
      mutations: [{ mutationId: randomUUID(), type: 'item.create', itemId, fields: { category: 'health', kind: 'article', sourceLanguage: 'so', published: true }, source }],
    });
    expect(pushed.results[0]?.status).toBe('applied');
    const voiceFiles: string[] = [];
    phone.on('request', (r) => r.url().includes('/espeak/') && voiceFiles.push(r.url()));
    await phone.goto(`${publicUrl}/app/${locationId}/item/${itemId}?lang=so`);
    await expect(phone.locator('.article-title')).toHaveText(source.title);
    await listen(phone).getByRole('button', { name: workerText('so', 'listen'), exact: true }).click();
    await expect(listen(phone)).toHaveAttribute('data-state', 'no-voice');
    await expect(listen(phone)).toHaveText(workerText('so', 'listenNoVoice'));
    expect(voiceFiles).toEqual([]);
    await phone.screenshot({ path: 'screenshots/phone/so-read-aloud-no-voice.png' });
  });
});
