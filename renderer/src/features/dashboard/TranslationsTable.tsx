import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Box, Button, Card, CardContent, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { TranslationState } from '../../../../shared/content';
import type { LanguageCode } from '../../../../shared/languages';
import { href } from '../../router';
import { useLabels } from '../../components/labels';

type Row = { language: LanguageCode } & Record<TranslationState, number>;

const COLUMNS: { status: TranslationState; color: string }[] = [
  { status: 'current', color: 'success.main' },
  { status: 'draft', color: 'info.main' },
  { status: 'outdated', color: 'warning.main' },
  { status: 'withdrawn', color: 'error.main' },
  { status: 'missing', color: 'grey.300' },
];

/**
 * Per language a row of counts, each linking to the list filtered on that language and status.
 * `offered`: the languages the municipality's kiosks offer workers, always shown.
 */
export function TranslationsTable({ rows, offered = [] }: { rows: Row[]; offered?: LanguageCode[] }) {
  const { t } = useTranslation('dashboard');
  const labels = useLabels();
  const [all, setAll] = useState(false);
  // The languages that matter: the ones workers are offered and the ones with at least one text,
  // so the table is not fourteen rows of "missing".
  const used = rows.filter((r) => offered.includes(r.language) || r.current + r.draft + r.outdated + r.withdrawn > 0);
  const rank = (r: Row) => (offered.includes(r.language) ? offered.indexOf(r.language) : offered.length);
  // The offered languages first, in the kiosks' order; the rest as before.
  const shown = (all || used.length === 0 ? rows : used).toSorted((a, b) => rank(a) - rank(b));

  return (
    <Card variant="outlined" component="section" aria-labelledby="dash-translations">
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 2 }}>
          <Box>
            <Typography id="dash-translations" variant="h6" component="h2">
              {t('translations')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('translationsIntro')} {t('sourceNote')}
            </Typography>
          </Box>
          {used.length < rows.length && (
            <Button onClick={() => setAll(!all)} sx={{ flexShrink: 0 }}>
              {all ? t('showUsed') : t('showAll')}
            </Button>
          )}
        </Stack>
        <Table size="small" sx={{ mt: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('language')}</TableCell>
              {COLUMNS.map((c) => (
                <TableCell key={c.status} align="right">
                  {labels.translation(c.status)}
                </TableCell>
              ))}
              <TableCell sx={{ width: '32%' }}>{t('bar')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((row) => {
              const total = COLUMNS.reduce((n, c) => n + row[c.status], 0) || 1;
              return (
                <TableRow key={row.language} data-testid={`translations-${row.language}`}>
                  <TableCell>
                    {labels.language(row.language)}
                    {labels.nativeLanguage(row.language) !== labels.language(row.language) && (
                      <Typography component="span" variant="body2" sx={{ color: 'text.secondary', ml: 0.75 }} lang={row.language}>
                        ({labels.nativeLanguage(row.language)})
                      </Typography>
                    )}
                  </TableCell>
                  {COLUMNS.map((c) => (
                    <TableCell key={c.status} align="right" data-status={c.status}>
                      {row[c.status] ? (
                        <Link href={href('content', 'lang', row.language, 'status', c.status)} sx={{ fontWeight: c.status === 'outdated' ? 700 : 400 }}>
                          {row[c.status]}
                        </Link>
                      ) : (
                        <Typography component="span" sx={{ color: 'text.disabled' }}>
                          0
                        </Typography>
                      )}
                    </TableCell>
                  ))}
                  <TableCell>
                    <Box sx={{ display: 'flex', height: 10, borderRadius: 5, overflow: 'hidden', bgcolor: 'grey.100' }} aria-hidden>
                      {COLUMNS.map((c) => (
                        <Box key={c.status} sx={{ width: `${(row[c.status] / total) * 100}%`, bgcolor: c.color }} />
                      ))}
                    </Box>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
