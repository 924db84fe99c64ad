import type { ContactCard, Link } from '../../../../../shared/content';
import type { LanguageCode } from '../../../../../shared/languages';
import { openingHoursIn } from './opening-hours';

/** "+31 416 700 200" and "tel:+31416700200" are one number. */
const digits = (number: string) => number.replace(/[^\d+]/g, '');

/** Everything a contact card shows, with the item's tel:, web and mail links folded in and duplicates dropped. */
export function contactLines(contact: ContactCard | null, links: Link[], language: LanguageCode) {
  const phones = [
    ...(contact?.phones ?? []),
    ...links.filter((l) => l.kind === 'tel').map((l) => ({ number: l.url.replace(/^tel:/, ''), label: 'main' as const })),
  ].filter((p, i, all) => all.findIndex((q) => digits(q.number) === digits(p.number)) === i);
  const hours = contact ? openingHoursIn(contact.openingHours, language) : [];
  const web = [contact?.website, ...links.filter((l) => l.kind === 'web' || l.kind === 'maps').map((l) => l.url)].filter((u): u is string => !!u);
  const mail = [contact?.email, ...links.filter((l) => l.kind === 'mail').map((l) => l.url.replace(/^mailto:/, ''))].filter((m): m is string => !!m);
  const address = contact?.address ?? null;
  const empty = !phones.length && !address && !hours.length && !web.length && !mail.length;
  return { phones, hours, web, mail, address, empty };
}
