import { isLanguageCode, languageInfo, type LanguageCode } from '../../shared/languages';
import type { FeedEntry } from '../../shared/merged-feed';
import { workerText } from '../../shared/strings/all';
import type { WorkerStringKey } from '../../shared/strings/load';
import { phonePaths } from '../../shared/phone-bundle';
import { contactLines, mapsUrl, readablePhone, readableWebAddress } from '../../shared/contact-lines';
import { sanitizeRichText } from './content/sanitize';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** A left-to-right run (number, time, address) kept in its order inside right-to-left text. */
const ltr = (s: string) => `<bdi dir="ltr">${escape(s)}</bdi>`;

export function phoneLanguage(raw: string | null): LanguageCode {
  return raw && isLanguageCode(raw) ? raw : 'en';
}

/** The PHONE_PAGE_CSP allows no script at all: the page is text, links and phone numbers. */
export const PHONE_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The article as one plain page, for phones that run no script (the app links here from its
 * <noscript>). It carries what the kiosk shows, in the worker's language: the source
 * organisation, the note when the text is in another language or older than its original (with
 * the original one tap away), labelled tappable phone numbers,
 * address with a maps link, opening hours written by Intl, website and e-mail. Sanitized again.
 */
export function renderPhonePage(entry: FeedEntry, locationId: string, original?: FeedEntry): string {
  const lang = entry.requestedLanguage;
  // An outdated translation links to its original, which the worker reads with the same labels.
  const text = original ?? entry;
  const t = (key: WorkerStringKey, vars?: Record<string, string>) => escape(workerText(lang, key, vars));
  const rtl = languageInfo(lang).rtl;
  const { phones, hours, web, mail, address } = contactLines(entry.contact, entry.links, lang);
  const digits = (n: string) => n.replace(/[^+0-9]/g, '');

  const blocks: string[] = [];
  if (phones.length) {
    blocks.push(
      `<ul class="phones">${phones
        .map((p) => `<li><span class="label">${escape(workerText(lang, `phone.${p.label}`))}</span> <a href="tel:${escape(digits(p.number))}">${ltr(readablePhone(p.number))}</a></li>`)
        .join('')}</ul>`,
    );
  }
  if (address) {
    blocks.push(
      `<h3>${t('address')}</h3><p><a href="${escape(mapsUrl(address))}">${ltr(address.street)}<br>${ltr(`${address.postalCode} ${address.city}`)}</a></p>`,
    );
  }
  if (hours.length) blocks.push(`<h3>${t('openingHours')}</h3><dl>${hours.map((h) => `<dt>${escape(h.days)}</dt><dd>${ltr(h.time)}</dd>`).join('')}</dl>`);
  if (web.length) blocks.push(`<h3>${t('website')}</h3>${web.map((u) => `<p><a href="${escape(u)}">${ltr(readableWebAddress(u))}</a></p>`).join('')}`);
  if (mail.length) blocks.push(`<h3>${t('email')}</h3>${mail.map((m) => `<p><a href="mailto:${escape(m)}">${ltr(m)}</a></p>`).join('')}`);

  const languageName = (code: LanguageCode) => `<bdi lang="${code}">${escape(languageInfo(code).nativeName)}</bdi>`;
  // The sentences are escaped first; then the placeholders become the marked-up names and dates.
  const fill = (text: string, parts: Record<string, string>) => text.replace(/\{(\w+)\}/g, (m, name: string) => parts[name] ?? m);
  const notes: string[] = [];
  if (entry.isFallback) notes.push(fill(t('fallbackNote'), { language: languageName(entry.shownLanguage) }));
  if (original) {
    notes.push(`${fill(t('originalNote'), { language: languageName(original.shownLanguage) })} <a href="?lang=${lang}&amp;plain">${t('showTranslation')}</a>`);
  } else if (entry.originalChangedAt) {
    const date = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(entry.originalChangedAt));
    notes.push(`${fill(t('outdatedNote'), { language: languageName(entry.sourceLanguage), date: ltr(date) })} <a href="?lang=${lang}&amp;plain&amp;original">${t('showOriginal')}</a>`);
  }
  const note = notes.map((n) => `<p class="note" role="note">${n}</p>`).join('');
  return `<!doctype html>
<html lang="${lang}" dir="${rtl ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(text.title)}</title>
<style>body{font:18px/1.5 system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem;color:#1a1a1a}
h1{font-size:1.5rem;line-height:1.25}.from{color:#555;font-size:.95rem}.note{background:#e3eefa;padding:.75rem;border-radius:.5rem}
.phones{list-style:none;padding:0}.phones li{margin:.5rem 0}.phones a{font-size:1.4rem;font-weight:700}.label{display:block;color:#444}
.contact{border-top:2px solid #c9d3de;margin-top:1.5rem}dt{font-weight:600}dd{margin:0 0 .5rem}</style></head>
<body><p class="from">${t('from', { organisation: entry.tenantName })}</p>${note}
<article lang="${text.shownLanguage}" dir="${languageInfo(text.shownLanguage).rtl ? 'rtl' : 'ltr'}"><h1>${escape(text.title)}</h1>
<p><strong>${escape(text.summary)}</strong></p>${sanitizeRichText(text.body)}</article>
${blocks.length ? `<section class="contact"><h2>${t('contact')}</h2>${blocks.join('')}</section>` : ''}
<p><a href="${escape(phonePaths.item(locationId, entry.id, lang))}">Wegwijs</a></p></body></html>`;
}
