import DOMPurify from 'dompurify';
import { isAllowedHref, RICH_TEXT_ATTRIBUTES, RICH_TEXT_TAGS } from '../rich-text-policy';

/**
 * The render-side sanitizer, shared by the console and the kiosk: the hub already cleaned the
 * text on write, and this second pass with the same allowlist means a bad row still runs nothing.
 */
const purify = DOMPurify(window);
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A') {
    const href = node.getAttribute('href');
    if (!href || !isAllowedHref(href)) node.removeAttribute('href');
  }
});

export function safeHtml(html: string): string {
  return purify.sanitize(html, {
    ALLOWED_TAGS: [...RICH_TEXT_TAGS],
    ALLOWED_ATTR: [...new Set(Object.values(RICH_TEXT_ATTRIBUTES).flat())],
    ALLOW_DATA_ATTR: false,
  });
}
