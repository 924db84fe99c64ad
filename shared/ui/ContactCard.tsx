import type { ReactNode } from 'react';
import { contactLines, mapsUrl, readablePhone, readableWebAddress } from '../contact-lines';
import type { ContactCard as Contact, Link } from '../content';
import { useDevice } from './device';
import { Icon } from './Icon';
import { useLanguage, useText } from './language';
import { Breakable, Ltr } from './Ltr';

/** On the phone a link; on the kiosk, which opens nothing, the same text without one. */
function Linked({ href, children }: { href: string; children: ReactNode }) {
  return useDevice() === 'phone' ? <a href={href}>{children}</a> : <>{children}</>;
}

/**
 * How to reach the organisation, entered once for every language. A kiosk has no phone, so
 * numbers are large text to type into one's own phone, not links; so are the web and mail
 * addresses. On the worker's phone each is a link: call, write, open the site or the map.
 * Numbers, postcodes, times and addresses are left-to-right runs, also in Arabic.
 */
export function ContactCard({ contact, links }: { contact: Contact | null; links: readonly Link[] }) {
  const t = useText();
  const language = useLanguage();
  const onPhone = useDevice() === 'phone';
  const { phones, hours, web, mail, address, empty } = contactLines(contact, links, language);
  if (empty) return null;

  return (
    <section className="contact-card" aria-labelledby="contact-title" data-testid="contact-card">
      <h2 id="contact-title" className="contact-title">
        {t('contact')}
      </h2>
      {phones.length > 0 && (
        <div className="contact-block">
          <ul className="phone-list">
            {phones.map((p) => (
              <li key={p.number} className="phone">
                <span className="phone-label">
                  <Icon name="phone" size={32} />
                  {t(`phone.${p.label}`)}
                </span>
                <Linked href={`tel:${p.number.replace(/[^\d+]/g, '')}`}>
                  <Ltr className="phone-number" testId="phone-number">
                    {readablePhone(p.number)}
                  </Ltr>
                </Linked>
              </li>
            ))}
          </ul>
          {!onPhone && <p className="contact-hint">{t('callYourself')}</p>}
        </div>
      )}
      {address && (
        <div className="contact-block">
          <h3 className="contact-label">
            <Icon name="pin" size={32} />
            {t('address')}
          </h3>
          <p className="contact-value" lang="nl" data-testid="contact-address">
            <Linked href={mapsUrl(address)}>
              <Ltr>{address.street}</Ltr>
              <br />
              <Ltr>
                <span data-testid="postal-code">{address.postalCode}</span> <span data-testid="city">{address.city}</span>
              </Ltr>
            </Linked>
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
                <dd>
                  <Ltr testId="opening-time">{h.time}</Ltr>
                </dd>
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
            <p key={u} className="contact-value contact-address">
              <Linked href={u}>
                <Ltr testId="web-address">
                  <Breakable text={readableWebAddress(u)} />
                </Ltr>
              </Linked>
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
            <p key={m} className="contact-value contact-address">
              <Linked href={`mailto:${m}`}>
                <Ltr testId="email-address">
                  <Breakable text={m} />
                </Ltr>
              </Linked>
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
