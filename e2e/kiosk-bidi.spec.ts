import { expect, test, type Locator } from '@playwright/test';
import { DEMO_PASSWORD, demoEmail } from '../main/hub/demo/seed';
import { startConsole } from './helpers/console-env';
import { chooseLanguage, LANDSCAPE, openArticle, openCategory, openPairedKiosk, PORTRAIT, publishEnglishOnlyArticle, shoot } from './kiosk-helpers';

/**
 * Left-to-right runs inside Arabic: the postcode, the time ranges, the phone numbers, the web and
 * mail addresses of a contact card read left to right on an Arabic kiosk and in the preview,
 * in portrait and landscape. Measured on screen: each piece's left edge, in reading order.
 */

/** The left edge on screen of each piece of text, found in the order given inside `element`. */
async function leftEdges(element: Locator, pieces: string[]): Promise<number[]> {
  return element.evaluate((el, wanted) => {
    const text = el.textContent ?? '';
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; start: number }[] = [];
    let offset = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, start: offset });
      offset += (n as Text).data.length;
    }
    let from = 0;
    return wanted.map((piece) => {
      const at = text.indexOf(piece, from);
      if (at < 0) throw new Error(`"${piece}" not in "${text}"`);
      from = at + piece.length;
      const holder = nodes.filter((x) => x.start <= at).at(-1)!;
      const range = el.ownerDocument.createRange();
      range.setStart(holder.node, at - holder.start);
      range.setEnd(holder.node, at - holder.start + 1);
      return range.getBoundingClientRect().left;
    });
  }, pieces);
}

/** Each run's pieces, left to right as a Dutch address, time or number is written. */
async function expectLeftToRight(card: Locator) {
  const runs: [Locator, string[]][] = [
    [card.getByTestId('contact-address'), ['5145', 'RK', 'Waalhaven']],
    [card.getByTestId('opening-time').first(), ['16', '18']],
    [card.getByTestId('opening-time').nth(1), ['10', '14']],
    [card.getByTestId('phone-number').first(), ['+31', '416', '683', '200']],
    [card.getByTestId('email-address'), ['fiets', 'waalhaven', 'example']],
    [card.getByTestId('web-address'), ['waalhaven', 'example', 'fietsen']],
  ];
  for (const [run, pieces] of runs) {
    const edges = await leftEdges(run, pieces);
    expect(edges, `${pieces.join(' ')} reads left to right`).toEqual([...edges].sort((a, b) => a - b));
  }
}

test('Arabic: postcode, opening times, phone, e-mail and web address read left to right on the kiosk and in the preview', async ({ browser }) => {
  const kiosk = await openPairedKiosk(browser);
  const console = await startConsole();
  try {
    const { itemId, title } = await publishEnglishOnlyArticle(kiosk.env);
    const { page } = kiosk;
    await chooseLanguage(page, 'ar');
    await openCategory(page, 'ar', 'housing');
    await openArticle(page, { title });
    for (const viewport of [PORTRAIT, LANDSCAPE]) {
      await page.setViewportSize(viewport);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expectLeftToRight(page.getByTestId('contact-card'));
      await shoot(page, `ar-contact-${viewport === PORTRAIT ? 'portrait' : 'landscape'}`);
    }

    await console.core.signIn(kiosk.env.hub.url, demoEmail('municipality', 'editor'), DEMO_PASSWORD);
    const preview = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await preview.goto(`${console.url}/#/preview/${kiosk.env.core.location()!.id}/ar/${itemId}`);
    const frame = preview.frameLocator('[data-testid="kiosk-preview-frame"]');
    await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectLeftToRight(frame.getByTestId('contact-card'));
    await preview.getByRole('button', { name: 'Liggend' }).click();
    await expect(preview.getByTestId('kiosk-preview')).toHaveAttribute('data-orientation', 'landscape');
    await expectLeftToRight(frame.getByTestId('contact-card'));
    await preview.context().close();
  } finally {
    await console.close();
    await kiosk.close();
  }
});
