import type { ContactCard, Item } from '../../../../../shared/content';
import type { LanguageCode } from '../../../../../shared/languages';

/** The parts of an item a person reads, as plain text, so a word-level diff can compare them. */
export interface ComparableText {
  title: string;
  summary: string;
  body: string;
  contact: string;
}

export const COMPARED = ['title', 'summary', 'body', 'contact'] as const;
export type ComparedPart = (typeof COMPARED)[number];

/** Rich text as the words a reader sees: one line per block, tags gone. */
export function bodyText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const blocks = [...doc.body.querySelectorAll('p, h2, h3, h4, li')];
  if (!blocks.length) return doc.body.textContent?.trim() ?? '';
  return blocks
    .filter((b) => !b.querySelector('p, li'))
    .map((b) => (b.tagName === 'LI' ? `• ${b.textContent?.trim() ?? ''}` : (b.textContent?.trim() ?? '')))
    .join('\n');
}

/** A contact card as lines of text, in a fixed order, so only real changes show. */
export function contactText(card: ContactCard | null, dayName: (d: number) => string): string {
  if (!card) return '';
  const lines: string[] = [];
  for (const p of card.phones) lines.push(`${p.label}: ${p.number}`);
  if (card.email) lines.push(card.email);
  if (card.website) lines.push(card.website);
  if (card.address) lines.push(`${card.address.street}, ${card.address.postalCode} ${card.address.city}`);
  for (const h of card.openingHours) lines.push(`${h.days.map(dayName).join(', ')} ${h.opens}–${h.closes}`);
  return lines.join('\n');
}

export function comparableText(item: Item | null, language: LanguageCode, dayName: (d: number) => string): ComparableText {
  const text = item?.translations[language];
  return {
    title: text?.title ?? '',
    summary: text?.summary ?? '',
    body: text ? bodyText(text.body) : '',
    contact: contactText(item?.contact ?? null, dayName),
  };
}

/** Which of the compared parts differ. */
export function changedParts(before: ComparableText, after: ComparableText): ComparedPart[] {
  return COMPARED.filter((part) => before[part] !== after[part]);
}
