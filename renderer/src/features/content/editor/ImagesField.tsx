import { useTranslation } from 'react-i18next';
import { useRef, useState } from 'react';
import { Alert, Button, Card, CardContent, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { LIMITS } from '../../../../../shared/limits';
import { useTRPC } from '../../../trpc';
import { serverErrors } from '../../../components/errors';
import { problemText } from '../../../lib/form-errors';
import { useEditorForm } from './editor-form';

const TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
type ImageType = (typeof TYPES)[number];

/** Names and sizes of the images uploaded in this session; the hub only keeps the image itself. */
const uploadedNames = new Map<string, { name: string; size: number }>();

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Uploads go straight to the hub (content.uploadImage). The console cannot show the hub's
 * /media/<id> files itself, so it lists the file name and size instead of a thumbnail.
 */
export function ImagesField() {
  const trpc = useTRPC();
  const { t } = useTranslation('editor');
  const form = useEditorForm();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const upload = useMutation(trpc.content.uploadImage.mutationOptions());
  const images = form.draft.fields.images;
  const ro = form.fieldsReadOnly;

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (!(TYPES as readonly string[]).includes(file.type)) return setError(problemText({ path: 'contentType', code: 'invalid_value' }));
    if (file.size > LIMITS.uploadBytes) return setError(problemText({ path: 'dataBase64', code: 'image_too_big', params: { megabytes: LIMITS.uploadBytes / 1024 / 1024 } }));
    try {
      const { mediaId, size } = await upload.mutateAsync({ contentType: file.type as ImageType, dataBase64: await readBase64(file) });
      uploadedNames.set(mediaId, { name: file.name, size });
      form.setField('images', [...images, { mediaId }]);
    } catch (err) {
      setError(serverErrors(err).message);
    }
  };

  return (
    <Card variant="outlined" component="section" aria-labelledby="images-title" sx={{ height: '100%' }}>
      <CardContent>
        <Typography id="images-title" variant="h6" component="h2">
          {t('images')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('imagesHelp')}
        </Typography>
        {error && (
          <Alert severity="error" sx={{ mb: 1 }}>
            {error}
          </Alert>
        )}
        {images.length === 0 ? (
          <Typography color="text.secondary">{t('noImages')}</Typography>
        ) : (
          <List dense disablePadding>
            {images.map((image, i) => {
              const known = uploadedNames.get(image.mediaId);
              return (
                <ListItem
                  key={image.mediaId}
                  disableGutters
                  secondaryAction={
                    !ro && (
                      <Button color="inherit" onClick={() => form.setField('images', images.filter((_, j) => j !== i))}>
                        {t('remove')}
                      </Button>
                    )
                  }
                >
                  <ListItemText
                    primary={known ? t('imageUploaded', { name: known.name, size: formatSize(known.size) }) : t('imageStored', { n: i + 1 })}
                    secondary={image.mediaId}
                    slotProps={{ secondary: { sx: { fontFamily: 'monospace', fontSize: 12 } } }}
                  />
                </ListItem>
              );
            })}
          </List>
        )}
        {!ro && images.length < LIMITS.imagesPerItem && (
          <Stack direction="row" sx={{ mt: 1 }}>
            <input ref={input} type="file" accept={TYPES.join(',')} hidden data-testid="image-input" onChange={(e) => void pick(e.target.files?.[0]).finally(() => (e.target.value = ''))} />
            <Button variant="outlined" disabled={upload.isPending} onClick={() => input.current?.click()}>
              {upload.isPending ? t('uploading') : t('upload')}
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
