/**
 * An independent check of sanitized rich text: it does not reuse the hub's policy code, so a
 * mistake in that code cannot hide itself. It reads the output the way a browser would: every
 * `<` must open or close an allowed tag, every attribute is inspected after entity decoding.
 */

const ALLOWED_TAGS = new Set(['h2', 'h3', 'h4', 'p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'a']);
const ALLOWED_HREF = /^(?:https?|tel|mailto):/;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  colon: ':',
  tab: '\t',
  newline: '\n',
  lpar: '(',
  rpar: ')',
  sol: '/',
  period: '.',
  comma: ',',
  excl: '!',
  num: '#',
  semi: ';',
  equals: '=',
};

/** Decodes numeric references (with or without `;`, zero-padded) and the named ones that matter for URLs. */
export function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
    .replace(/&#([0-9]+);?/g, (_, dec: string) => String.fromCodePoint(Math.min(parseInt(dec, 10), 0x10ffff)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => NAMED[name.toLowerCase()] ?? whole);
}

/** The URL as a browser resolves its scheme: leading C0 controls and spaces go, tabs and newlines go everywhere. */
function browserUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '').toLowerCase();
}

const DANGEROUS_SCHEME = /(?:java|vb)script:|\bdata:/i;

const CLOSE_TAG = /^<\/([a-zA-Z][a-zA-Z0-9]*)\s*>/;
// Browsers also take a "/" as the space between attributes: <p/onclick=...>.
const OPEN_TAG = /^<([a-zA-Z][a-zA-Z0-9]*)((?:[\s/]+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)[\s/]*>/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export interface Tag {
  name: string;
  closing: boolean;
  attributes: Record<string, string>;
}

/** Splits sanitized output into tags; anything starting with `<` that is not a plain tag is a problem. */
export function readTags(html: string): { tags: Tag[]; problems: string[] } {
  const tags: Tag[] = [];
  const problems: string[] = [];
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const rest = html.slice(i);
    const close = CLOSE_TAG.exec(rest);
    if (close) {
      tags.push({ name: close[1]!.toLowerCase(), closing: true, attributes: {} });
      continue;
    }
    const open = OPEN_TAG.exec(rest);
    if (!open) {
      problems.push(`a "<" that does not open a plain tag: ${JSON.stringify(rest.slice(0, 40))}`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of open[2]!.matchAll(ATTRIBUTE)) {
      const name = a[1]!.toLowerCase();
      if (name in attributes) problems.push(`<${open[1]}> repeats the attribute ${name}`);
      attributes[name] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    tags.push({ name: open[1]!.toLowerCase(), closing: false, attributes });
  }
  return { tags, problems };
}

/** Every reason this output could run script or carry markup outside the allowlist; empty when it is clean. */
export function richTextProblems(html: string): string[] {
  const { tags, problems } = readTags(html);
  if (/<\s*script/i.test(html)) problems.push('contains <script');
  if (/<!--|<!\[cdata\[|<!doctype|<\?/i.test(html)) problems.push('contains a comment, CDATA section or processing instruction');
  const decoded = decodeEntities(html).replace(/[\t\n\r]/g, '');
  if (DANGEROUS_SCHEME.test(decoded)) problems.push(`contains ${DANGEROUS_SCHEME.exec(decoded)![0]} after decoding entities`);
  for (const tag of tags) {
    const label = `<${tag.closing ? '/' : ''}${tag.name}>`;
    if (!ALLOWED_TAGS.has(tag.name)) problems.push(`${label} is not an allowed tag`);
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (/^on/i.test(name)) problems.push(`${label} has the event handler ${name}=${JSON.stringify(value)}`);
      else if (tag.name !== 'a' || name !== 'href') problems.push(`${label} has the attribute ${name}=${JSON.stringify(value)}`);
    }
    if (tag.name === 'a' && !tag.closing) {
      const href = tag.attributes.href;
      if (href === undefined) problems.push('<a> without href');
      else if (!ALLOWED_HREF.test(browserUrl(href))) problems.push(`<a> links to ${JSON.stringify(href)}`);
    }
  }
  return problems;
}

/** The visible text of sanitized output, entities decoded and whitespace collapsed. */
export function visibleText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}
