/**
 * The one allowlist for rich text. The hub sanitizes with it on write (sanitize-html)
 * and every screen sanitizes with it again on render (DOMPurify), so a row that
 * slipped past one layer still cannot run script on a kiosk.
 */
export const RICH_TEXT_TAGS = ['h2', 'h3', 'h4', 'p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'a'] as const;

export const RICH_TEXT_ATTRIBUTES: Record<string, readonly string[]> = { a: ['href'] };

export const RICH_TEXT_URL_SCHEMES = ['http', 'https', 'tel', 'mailto'] as const;

/** True when an href may stay: only the allowed schemes, after stripping what browsers ignore. */
export function isAllowedHref(href: string): boolean {
  // Browsers drop control characters and whitespace inside a scheme ("java\tscript:"),
  // so the check must see the URL as the browser will.
  // eslint-disable-next-line no-control-regex
  const compact = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  if (!scheme) return false;
  return (RICH_TEXT_URL_SCHEMES as readonly string[]).includes(scheme[1]!);
}

/** Plain text of a rich body, for search and for deciding whether text really changed. */
export function richTextToPlain(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/(p|h[2-4]|li)>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
