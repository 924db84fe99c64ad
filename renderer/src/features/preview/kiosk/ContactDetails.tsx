import type { ReactNode } from 'react';
import { Box, Paper, Stack, Typography } from '@mui/material';
import type { ContactCard, Link } from '../../../../../shared/content';
import { kioskText, phoneLabel } from '../../../../../shared/kiosk-strings';
import type { LanguageCode } from '../../../../../shared/languages';
import { contactLines } from './contact-lines';

/**
 * How to reach the organisation, entered once for every language. A kiosk cannot call, so
 * phone numbers are large text to type into one's own phone; addresses are text, not links.
 */
export function ContactDetails({ contact, links, language }: { contact: ContactCard | null; links: Link[]; language: LanguageCode }) {
  const { phones, hours, web, mail, address, empty } = contactLines(contact, links, language);
  if (empty) return null;

  return (
    <Paper variant="outlined" component="section" sx={{ p: 3, borderWidth: 2, borderColor: 'primary.light' }} data-testid="contact-card">
      <Typography variant="h5" component="h2" sx={{ fontWeight: 700, mb: 2 }}>
        {kioskText(language, 'contact')}
      </Typography>
      <Stack spacing={2.5}>
        {phones.length > 0 && (
          <Box>
            {phones.map((p) => (
              <Box key={p.number} sx={{ mb: 1 }}>
                <Typography color="text.secondary">{phoneLabel(language, p.label)}</Typography>
                <Typography sx={{ fontSize: 34, fontWeight: 700, lineHeight: 1.2, fontVariantNumeric: 'tabular-nums' }} data-testid="phone-number">
                  <bdi dir="ltr">{p.number}</bdi>
                </Typography>
              </Box>
            ))}
            <Typography color="text.secondary">{kioskText(language, 'callYourself')}</Typography>
          </Box>
        )}
        {address && (
          <Block label={kioskText(language, 'address')}>
            <Typography lang="nl" sx={{ fontSize: 18 }}>
              {address.street}
              <br />
              {address.postalCode} {address.city}
            </Typography>
          </Block>
        )}
        {hours.length > 0 && (
          <Block label={kioskText(language, 'openingHours')}>
            {hours.map((h, i) => (
              <Typography key={i} sx={{ fontSize: 18 }}>
                {h.days}: <bdi dir="ltr">{h.time}</bdi>
              </Typography>
            ))}
          </Block>
        )}
        {web.length > 0 && (
          <Block label={kioskText(language, 'website')}>
            {web.map((u) => (
              <Typography key={u} sx={{ fontSize: 18, overflowWrap: 'anywhere' }}>
                <bdi dir="ltr">{u.replace(/^https?:\/\//, '').replace(/\/$/, '')}</bdi>
              </Typography>
            ))}
          </Block>
        )}
        {mail.length > 0 && (
          <Block label={kioskText(language, 'email')}>
            {mail.map((m) => (
              <Typography key={m} sx={{ fontSize: 18 }}>
                <bdi dir="ltr">{m}</bdi>
              </Typography>
            ))}
          </Block>
        )}
      </Stack>
    </Paper>
  );
}

function Block({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700 }}>
        {label}
      </Typography>
      {children}
    </Box>
  );
}
