import type { ContactCard, Link } from './content';
import type { LanguageCode } from './languages';
import { formatOpeningHours } from './opening-hours';

/** "+31 416 700 200" and "tel:+31416700200" are one number. */
const digits = (number: string) => number.replace(/[^\d+]/g, '');

/**
 * A phone number as people read it aloud: "+31416683010" (from a tel: link) becomes
 * "+31 416 683 010". Numbers that already have spaces or dashes are left as written.
 */
export function readablePhone(number: string): string {
  const compact = number.trim();
  const dutch = /^\+31(\d{9})$/.exec(compact);
  if (dutch) return `+31 ${dutch[1]!.replace(/(\d{3})(?=\d)/g, '$1 ')}`;
  return compact;
}

/** "https://www.waalhaven.nl/" is read as "www.waalhaven.nl". */
export const readableWebAddress = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** A map search for an address that any phone opens (in its map app or the browser). */
export const mapsUrl = (address: NonNullable<ContactCard['address']>) =>
  `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${address.street}, ${address.postalCode} ${address.city}`)}`;

const unique = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];

/** Everything a contact card shows, with the item's tel:, web and mail links folded in and duplicates dropped. */
export function contactLines(contact: ContactCard | null, links: readonly Link[], language: LanguageCode) {
  const phones = [
    ...(contact?.phones ?? []),
    ...links.filter((l) => l.kind === 'tel').map((l) => ({ number: l.url.replace(/^tel:/, ''), label: 'main' as const })),
  ].filter((p, i, all) => all.findIndex((q) => digits(q.number) === digits(p.number)) === i);
  const hours = contact ? formatOpeningHours(contact.openingHours, language) : [];
  const web = unique([contact?.website, ...links.filter((l) => l.kind === 'web' || l.kind === 'maps').map((l) => l.url)]);
  const mail = unique([contact?.email, ...links.filter((l) => l.kind === 'mail').map((l) => l.url.replace(/^mailto:/, ''))]);
  const address = contact?.address ?? null;
  const empty = !phones.length && !address && !hours.length && !web.length && !mail.length;
  return { phones, hours, web, mail, address, empty };
}
