import { describe, expect, it } from 'vitest';
import { sanitizeRichText } from './sanitize';
import { isAllowedHref, RICH_TEXT_TAGS } from '../../../shared/rich-text-policy';
import { XSS_CORPUS } from '../../../tests/fixtures/xss-corpus';
import { readTags, richTextProblems, visibleText } from '../../../tests/helpers/safe-html';

describe('the output checker itself', () => {
  // A checker that passes everything proves nothing: it must catch each kind of leak.
  it.each([
    ['<script>alert(1)</script>', 'contains <script'],
    ['<p onclick="alert(1)">x</p>', 'event handler onclick'],
    ['<p/onmouseover=alert(1)>x</p>', 'event handler onmouseover'],
    ['<a href="&#106;avascript:alert(1)">x</a>', 'javascript:'],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', 'javascript:'],
    ['<a href="data:text/html,x">x</a>', 'data:'],
    ['<a href="/relative">x</a>', 'links to "/relative"'],
    ['<a>x</a>', 'without href'],
    ['<a href="https://ok.example/" title="t">x</a>', 'attribute title'],
    ['<img src="x">', '<img> is not an allowed tag'],
    ['<h1>x</h1>', '<h1> is not an allowed tag'],
    ['<!-- x -->', 'comment'],
    ['<svg/onload=alert(1)>', 'not an allowed tag'],
    ['<p>1 < 2</p>', 'does not open a plain tag'],
  ])('flags %s', (html, problem) => {
    expect(richTextProblems(html).join('\n')).toContain(problem);
  });

  it('reads a quoted attribute value as one value, not as a handler', () => {
    const { tags, problems } = readTags('<a href="https://ok.example/&quot;onmouseover=&quot;x">q</a>');
    expect(problems).toEqual([]);
    expect(tags[0]!.attributes).toEqual({ href: 'https://ok.example/"onmouseover="x' });
  });

  it('passes clean markup', () => {
    expect(richTextProblems('<h2>Kop</h2><p>1 &lt; 2 &amp; <a href="tel:+31412000000">bel</a></p><ul><li><b>x</b></li></ul>')).toEqual([]);
  });
});

describe('sanitizeRichText against an XSS corpus', () => {
  it('has a corpus of real size', () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(XSS_CORPUS.map((c) => c.name)).size).toBe(XSS_CORPUS.length);
  });

  it.each(XSS_CORPUS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const out = sanitizeRichText(c.html);
    expect(richTextProblems(out), `output: ${JSON.stringify(out)}`).toEqual([]);
    const text = visibleText(out);
    for (const word of c.keep ?? []) expect(text, `output: ${JSON.stringify(out)}`).toContain(word);
    for (const word of c.gone ?? []) expect(text, `output: ${JSON.stringify(out)}`).not.toContain(word);
  });

  it('is stable: sanitizing the output again changes nothing', () => {
    for (const c of XSS_CORPUS) {
      const once = sanitizeRichText(c.html);
      expect(sanitizeRichText(once), c.name).toBe(once);
    }
  });

  it('drops a URL-encoded scheme (%6Aavascript:) as a relative link, keeping its words', () => {
    // Browsers do not decode %6A in a scheme: this is a harmless relative path, but the
    // policy allows absolute http/https/tel/mailto links only, so the link goes.
    expect(sanitizeRichText('<a href="%6Aavascript:alert(1)">Lees</a>')).toBe('Lees');
  });

  it('keeps the text of a removed disallowed link in place', () => {
    expect(sanitizeRichText('<p>Zie <a href="javascript:alert(1)">deze pagina</a> voor meer.</p>')).toBe('<p>Zie deze pagina voor meer.</p>');
    expect(sanitizeRichText('<p><a href="//evil.example/">elders</a></p>')).toBe('<p>elders</p>');
    expect(sanitizeRichText('<p><a>geen doel</a></p>')).toBe('<p>geen doel</p>');
  });

  it('keeps text around a dropped element and escapes stray brackets', () => {
    expect(sanitizeRichText('<p>Huur: 1 < 2 & 3 > 2</p>')).toBe('<p>Huur: 1 &lt; 2 &amp; 3 &gt; 2</p>');
    expect(sanitizeRichText('<p>Voor<img src=x onerror=alert(1)>na</p>')).toBe('<p>Voorna</p>');
  });
});

describe('sanitizeRichText keeps the allowed markup', () => {
  it.each([
    ['headings', '<h2>Wonen</h2><h3>Huur</h3><h4>Borg</h4>'],
    ['paragraphs and breaks', '<p>Regel een<br />Regel twee</p>'],
    ['lists', '<ul><li>een</li><li>twee</li></ul><ol><li>eerst</li><li>dan</li></ol>'],
    ['bold and italic', '<p><strong>Let op</strong> <b>vet</b> <em>nadruk</em> <i>schuin</i></p>'],
    ['an https link', '<p><a href="https://www.government.nl/topics/work">Werk</a></p>'],
    ['an http link', '<p><a href="http://example.nl/">oud</a></p>'],
    ['a tel link', '<p><a href="tel:+31412123456">Bel ons</a></p>'],
    ['a mailto link', '<p><a href="mailto:info@gemeente.example">Mail ons</a></p>'],
    ['a link with a query string', '<p><a href="https://example.nl/?a=1&amp;b=2">zoek</a></p>'],
    ['nested lists with formatting', '<ul><li><strong>Huur</strong><ul><li><a href="https://example.nl/">meer</a></li></ul></li></ul>'],
  ])('keeps %s unchanged', (_name, html) => {
    expect(sanitizeRichText(html)).toBe(html);
    expect(richTextProblems(html)).toEqual([]);
  });

  it('turns h1 into h2 and drops its attributes', () => {
    expect(sanitizeRichText('<h1>Titel</h1><p>tekst</p>')).toBe('<h2>Titel</h2><p>tekst</p>');
    expect(sanitizeRichText('<h1 class="x" onclick="alert(1)">Titel</h1>')).toBe('<h2>Titel</h2>');
  });

  it('drops every attribute of an allowed tag but href on a link, and trims the href', () => {
    expect(sanitizeRichText('<p class="x" id="y" title="z" style="color:red">t</p>')).toBe('<p>t</p>');
    expect(sanitizeRichText('<a href="  https://ok.example/  " target="_blank" rel="opener">ok</a>')).toBe('<a href="https://ok.example/">ok</a>');
  });

  it('unwraps disallowed tags that hold ordinary text', () => {
    expect(sanitizeRichText('<div><span>Gewoon</span> <u>tekst</u></div>')).toBe('Gewoon tekst');
  });

  it('only ever emits tags from the shared allowlist', () => {
    const everything = XSS_CORPUS.map((c) => c.html).join('') + '<h1>a</h1><h2>b</h2><table><tr><td>c</td></tr></table>';
    const names = new Set(readTags(sanitizeRichText(everything)).tags.map((t) => t.name));
    for (const name of names) expect(RICH_TEXT_TAGS as readonly string[]).toContain(name);
  });
});

describe('isAllowedHref', () => {
  it.each([
    'https://www.government.nl/',
    'http://example.nl/',
    'HTTPS://EXAMPLE.NL/',
    'tel:+31412123456',
    'tel:112',
    'mailto:info@gemeente.example',
    'MailTo:info@gemeente.example',
    '  https://example.nl/',
    '\thttps://example.nl/',
  ])('allows %j', (href) => {
    expect(isAllowedHref(href)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'java\u0000script:alert(1)',
    'javascript\t:alert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    'ftp://example.nl/',
    'blob:https://example.nl/1',
    'intent://scan/#Intent;scheme=zxing;end',
    // Entities are decoded by the HTML parser before this check; undecoded they are no scheme at all.
    '&#106;avascript:alert(1)',
    '%6Aavascript:alert(1)',
    '//evil.example/',
    '/relative/path',
    '#anker',
    '?q=1',
    '',
    '   ',
  ])('refuses %j', (href) => {
    expect(isAllowedHref(href)).toBe(false);
  });
});
