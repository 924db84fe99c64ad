import sanitizeHtml from 'sanitize-html';
import { isAllowedHref, RICH_TEXT_ATTRIBUTES, RICH_TEXT_TAGS, RICH_TEXT_URL_SCHEMES } from '../../../shared/rich-text-policy';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...RICH_TEXT_TAGS],
  allowedAttributes: Object.fromEntries(Object.entries(RICH_TEXT_ATTRIBUTES).map(([k, v]) => [k, [...v]])),
  allowedSchemes: [...RICH_TEXT_URL_SCHEMES],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  // Dropped with their content, not unwrapped: a <script> must not leave its text behind.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'svg', 'math', 'iframe', 'object', 'template', 'xmp', 'title', 'noembed', 'noframes'],
  disallowedTagsMode: 'discard',
  transformTags: {
    h1: 'h2',
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href ?? '';
      // A link whose target is not allowed keeps its words but loses the link.
      return isAllowedHref(href) ? { tagName, attribs: { href: href.trim() } } : { tagName: 'span', attribs: {} };
    },
  },
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href,
};

/** The hub's write-side sanitizer: everything stored as rich text has passed through here. */
export function sanitizeRichText(html: string): string {
  const clean = sanitizeHtml(html, OPTIONS);
  // transformTags runs before the allowlist; a second pass removes the <span> it left for bad links.
  return sanitizeHtml(clean, { ...OPTIONS, transformTags: {} }).trim();
}
