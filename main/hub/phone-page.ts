import { isLanguageCode, languageInfo, type LanguageCode } from '../../shared/languages';
import type { FeedEntry } from '../../shared/merged-feed';
import { sanitizeRichText } from './content/sanitize';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function phoneLanguage(raw: string | null): LanguageCode {
  return raw && isLanguageCode(raw) ? raw : 'en';
}

/** The PHONE_PAGE_CSP allows no script at all: the page is text, links and phone numbers. */
export const PHONE_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The page a worker's phone opens from an article's QR code: the same published text as on
 * the kiosk, readable on a small screen, with tappable phone numbers. Sanitized again on render.
 */
export function renderPhonePage(entry: FeedEntry): string {
  const shown = languageInfo(entry.shownLanguage);
  const phones = (entry.contact?.phones ?? [])
    .map((p) => `<p class="phone"><a href="tel:${escape(p.number.replace(/[^+0-9]/g, ''))}">${escape(p.number)}</a></p>`)
    .join('');
  const address = entry.contact?.address
    ? `<p>${escape(entry.contact.address.street)}<br>${escape(entry.contact.address.postalCode)} ${escape(entry.contact.address.city)}</p>`
    : '';
  return `<!doctype html>
<html lang="${entry.shownLanguage}" dir="${shown.rtl ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(entry.title)}</title>
<style>body{font:18px/1.5 system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem;color:#1a1a1a}
h1{font-size:1.5rem;line-height:1.25}.from{color:#555;font-size:.95rem}.phone a{font-size:1.6rem;font-weight:700}</style></head>
<body><p class="from">${escape(entry.tenantName)}</p><h1>${escape(entry.title)}</h1>
<p><strong>${escape(entry.summary)}</strong></p>${sanitizeRichText(entry.body)}${phones}${address}</body></html>`;
}
