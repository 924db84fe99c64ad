import { useTranslation } from 'react-i18next';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';

export function ConfirmDelete({ title, onCancel, onConfirm }: { title: string; onCancel(): void; onConfirm(): void }) {
  const { t } = useTranslation('editor');
  return (
    <Dialog open onClose={onCancel} aria-labelledby="delete-title">
      <DialogTitle id="delete-title">{t('deleteTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('deleteText', { title })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>
          {t('cancel')}
        </Button>
        <Button color="error" variant="contained" onClick={onConfirm}>
          {t('delete')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
