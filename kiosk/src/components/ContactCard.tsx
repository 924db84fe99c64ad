import type { ContactCard as Contact, Link } from '../../../shared/content';
import { phoneLabel } from '../../../shared/kiosk-strings';
import { formatOpeningHours } from '../lib/opening-hours';
import { Breakable, readablePhone } from '../lib/readable';
import { useLanguage, useText } from '../lib/i18n';
import { Icon } from './Icon';

/**
 * How to reach the organisation. A kiosk has no phone, so numbers are large text to type into
 * one's own phone, not links; so are the web and mail addresses (the kiosk opens nothing).
 */
export function ContactCard({ contact, links }: { contact: Contact | null; links: Link[] }) {
  const t = useText();
  const language = useLanguage();
  const phones = [...(contact?.phones ?? []), ...links.filter((l) => l.kind === 'tel').map((l) => ({ number: l.url.replace(/^tel:/, ''), label: 'main' as const }))];
  const digits = (n: string) => n.replace(/[^+0-9]/g, '');
  const unique = phones.filter((p, i) => phones.findIndex((q) => digits(q.number) === digits(p.number)) === i);
  const hours = contact ? formatOpeningHours(contact.openingHours, language) : [];
  const web = [contact?.website, ...links.filter((l) => l.kind === 'web' || l.kind === 'maps').map((l) => l.url)].filter((u): u is string => !!u);
  const mail = [contact?.email, ...links.filter((l) => l.kind === 'mail').map((l) => l.url.replace(/^mailto:/, ''))].filter((m): m is string => !!m);
  if (!unique.length && !contact?.address && !hours.length && !web.length && !mail.length) return null;

  return (
    <section className="contact-card" aria-labelledby="contact-title">
      <h2 id="contact-title" className="contact-title">
        {t('contact')}
      </h2>
      {unique.length > 0 && (
        <div className="contact-block">
          <ul className="phone-list">
            {unique.map((p) => (
              <li key={p.number} className="phone">
                <span className="phone-label">
                  <Icon name="phone" size={32} />
                  {phoneLabel(language, p.label)}
                </span>
                <span className="phone-number" dir="ltr">
                  {readablePhone(p.number)}
                </span>
              </li>
            ))}
          </ul>
          <p className="contact-hint">{t('callYourself')}</p>
        </div>
      )}
      {contact?.address && (
        <div className="contact-block">
          <h3 className="contact-label">
            <Icon name="pin" size={32} />
            {t('address')}
          </h3>
          <p className="contact-value" lang="nl">
            {contact.address.street}
            <br />
            {contact.address.postalCode} {contact.address.city}
          </p>
        </div>
      )}
      {hours.length > 0 && (
        <div className="contact-block">
          <h3 className="contact-label">
            <Icon name="clock" size={32} />
            {t('openingHours')}
          </h3>
          <dl className="hours">
            {hours.map((h, i) => (
              <div key={i} className="hours-row">
                <dt>{h.days}</dt>
                <dd>{h.time}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {web.length > 0 && (
        <div className="contact-block">
          <h3 className="contact-label">
            <Icon name="web" size={32} />
            {t('website')}
          </h3>
          {web.map((u) => (
            <p key={u} className="contact-value contact-address" dir="ltr">
              <Breakable text={u.replace(/^https?:\/\//, '').replace(/\/$/, '')} />
            </p>
          ))}
        </div>
      )}
      {mail.length > 0 && (
        <div className="contact-block">
          <h3 className="contact-label">
            <Icon name="mail" size={32} />
            {t('email')}
          </h3>
          {mail.map((m) => (
            <p key={m} className="contact-value contact-address" dir="ltr">
              <Breakable text={m} />
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
