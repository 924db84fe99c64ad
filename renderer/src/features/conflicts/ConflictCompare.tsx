import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { alpha, Box, Button, Chip, Radio, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { RefusedChange } from '../content/types';
import { buildMerged, differingRows, type Choice } from './conflict-merge';
import { FieldValue, useFieldName } from './FieldValue';

type Resolve = (choice: 'server' | 'merged', merged?: RefusedChange['server']) => void;

/** Both versions side by side, the clashing fields highlighted; keep mine, keep theirs, or pick per field. */
export function ConflictCompare({ change, busy, onResolve }: { change: RefusedChange; busy: boolean; onResolve: Resolve }) {
  const { t } = useTranslation('conflicts');
  const fieldName = useFieldName();
  const rows = differingRows(change);
  const clashing = rows.filter((r) => r.kind === 'conflict');
  const [merging, setMerging] = useState(false);
  const [choices, setChoices] = useState<Record<string, Choice>>({});

  const resolveWith = (pick: (key: string) => Choice) => {
    const { merged, usesMine } = buildMerged(change, Object.fromEntries(clashing.map((r) => [r.key, pick(r.key)])));
    // Nothing of mine left to send: simply take the hub's version.
    if (!usesMine) onResolve('server');
    else onResolve('merged', merged);
  };

  return (
    <Box>
      <Table size="small" sx={{ tableLayout: 'fixed', '& td, & th': { verticalAlign: 'top' } }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 240 }}>{t('field')}</TableCell>
            <TableCell>{t('mine')}</TableCell>
            <TableCell>{t('theirs')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const conflict = row.kind === 'conflict';
            const pick = choices[row.key] ?? 'theirs';
            const cell = (side: Choice) => (
              <TableCell
                sx={{
                  bgcolor: (th) => (conflict ? alpha(merging && pick === side ? th.palette.success.main : th.palette.warning.main, 0.08) : 'transparent'),
                  outline: conflict && merging && pick === side ? '2px solid' : 'none',
                  outlineColor: 'success.main',
                  outlineOffset: -2,
                }}
                data-testid={`${side}-${row.key}`}
              >
                <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                  {conflict && merging && (
                    <Radio
                      size="small"
                      checked={pick === side}
                      onChange={() => setChoices({ ...choices, [row.key]: side })}
                      slotProps={{ input: { 'aria-label': `${fieldName(row.key)}: ${side === 'mine' ? t('mine') : t('theirs')}` } }}
                      sx={{ p: 0.25 }}
                    />
                  )}
                  <Box sx={{ minWidth: 0, flex: 1 }}>
                    <FieldValue fieldKey={row.key} value={side === 'mine' ? row.mine : row.theirs} />
                  </Box>
                </Stack>
              </TableCell>
            );
            return (
              <TableRow key={row.key} data-kind={row.kind} data-testid={`row-${row.key}`} sx={{ borderLeft: conflict ? '4px solid' : 0, borderColor: 'warning.main' }}>
                <TableCell>
                  <Typography sx={{ fontWeight: 600, fontSize: 14 }}>{fieldName(row.key)}</Typography>
                  <Chip size="small" sx={{ mt: 0.5 }} color={conflict ? 'warning' : 'default'} variant={conflict ? 'filled' : 'outlined'} label={t(`kind_${row.kind}`)} />
                </TableCell>
                {cell('mine')}
                {cell('theirs')}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {rows.some((r) => r.kind !== 'conflict') && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
          {t('otherRows')}
        </Typography>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 2, justifyContent: 'flex-end' }}>
        {merging ? (
          <>
            <Button onClick={() => setMerging(false)}>{t('cancelMerge')}</Button>
            <Button variant="contained" disabled={busy} onClick={() => resolveWith((k) => choices[k] ?? 'theirs')}>
              {t('saveMerged')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={() => setMerging(true)}>{t('merge')}</Button>
            <Button variant="outlined" disabled={busy} onClick={() => resolveWith(() => 'theirs')}>
              {t('keepTheirs')}
            </Button>
            <Button variant="contained" disabled={busy} onClick={() => resolveWith(() => 'mine')}>
              {t('keepMine')}
            </Button>
          </>
        )}
      </Stack>
    </Box>
  );
}
