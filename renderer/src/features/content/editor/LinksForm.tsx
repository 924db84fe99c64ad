import { useTranslation } from 'react-i18next';
import { Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { LINK_KINDS, type Link } from '../../../../../shared/content';
import { LIMITS } from '../../../../../shared/limits';
import { useLabels } from '../../../components/labels';
import { fieldError, useEditorForm } from './editor-form';

/** Buttons under the text (web, phone, map, e-mail); the same in every language. */
export function LinksForm() {
  const { t } = useTranslation('editor');
  const labels = useLabels();
  const form = useEditorForm();
  const links = form.draft.fields.links;
  const ro = form.fieldsReadOnly;
  const set = (i: number, change: Partial<Link>) => form.setField('links', links.map((l, j) => (j === i ? { ...l, ...change } : l)));

  return (
    <Card variant="outlined" component="section" aria-labelledby="links-title" sx={{ height: '100%' }}>
      <CardContent>
        <Typography id="links-title" variant="h6" component="h2">
          {t('links')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('linksHelp')}
        </Typography>
        <Stack spacing={1.5}>
          {links.length === 0 && <Typography color="text.secondary">{t('noLinks')}</Typography>}
          {links.map((link, i) => (
            <Stack key={i} direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
              <TextField select label={t('linkKind')} value={link.kind} disabled={ro} onChange={(e) => set(i, { kind: e.target.value as Link['kind'] })} sx={{ width: 150, flexShrink: 0 }}>
                {LINK_KINDS.map((k) => (
                  <MenuItem key={k} value={k}>
                    {labels.link(k)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                label={t('linkUrl')}
                value={link.url}
                disabled={ro}
                onChange={(e) => set(i, { url: e.target.value })}
                sx={{ flex: 1 }}
                {...fieldError(form, `fields.links.${i}.url`, t(`linkUrlHelp_${link.kind}`))}
              />
              {!ro && (
                <Button color="inherit" onClick={() => form.setField('links', links.filter((_, j) => j !== i))} sx={{ mt: 1 }}>
                  {t('remove')}
                </Button>
              )}
            </Stack>
          ))}
        </Stack>
        {!ro && links.length < LIMITS.linksPerItem && (
          <Button sx={{ mt: 1 }} onClick={() => form.setField('links', [...links, { kind: 'web', url: 'https://' }])}>
            + {t('addLink')}
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
