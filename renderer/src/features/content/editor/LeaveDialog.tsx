import { useTranslation } from 'react-i18next';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';

interface Props {
  busy: boolean;
  onStay(): void;
  onDiscard(): void;
  onSave(): void;
}

/** Asked before leaving an item with unsaved changes: nothing is lost without a choice. */
export function LeaveDialog({ busy, onStay, onDiscard, onSave }: Props) {
  const { t } = useTranslation('editor');
  return (
    <Dialog open onClose={onStay} aria-labelledby="leave-title" aria-describedby="leave-text">
      <DialogTitle id="leave-title">{t('leaveTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="leave-text">{t('leaveText')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onStay} autoFocus>
          {t('leaveStay')}
        </Button>
        <Button color="error" onClick={onDiscard} disabled={busy}>
          {t('leaveDiscard')}
        </Button>
        <Button variant="contained" onClick={onSave} disabled={busy}>
          {t('leaveSave')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
