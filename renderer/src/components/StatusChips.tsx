import { Chip, type ChipProps } from '@mui/material';
import type { TranslationState } from '../../../shared/content';
import type { LanguageCode } from '../../../shared/languages';
import { useLabels, type PublishState } from './labels';

const TRANSLATION_COLOR: Record<TranslationState, ChipProps['color']> = {
  current: 'success',
  draft: 'info',
  outdated: 'warning',
  withdrawn: 'error',
  missing: 'default',
};

const STATE_COLOR: Record<PublishState, ChipProps['color']> = {
  published: 'success',
  draft: 'default',
  scheduled: 'info',
  expired: 'warning',
};

export function translationColor(status: TranslationState): ChipProps['color'] {
  return TRANSLATION_COLOR[status];
}

/** "Verouderd" in orange, "Actueel" in green, …; missing translations are a quiet outline. */
export function TranslationStatusChip({ status, size = 'small' }: { status: TranslationState; size?: ChipProps['size'] }) {
  const labels = useLabels();
  return (
    <Chip
      size={size}
      label={labels.translation(status)}
      color={TRANSLATION_COLOR[status]}
      variant={status === 'missing' ? 'outlined' : 'filled'}
      data-status={status}
    />
  );
}

/** A compact chip per language ("PL") in its status colour; the full wording is in the title and the accessible name. */
export function LanguageStatusChip({ language, status }: { language: LanguageCode; status: TranslationState }) {
  const labels = useLabels();
  const text = `${labels.language(language)}: ${labels.translation(status).toLowerCase()}`;
  return (
    <Chip
      size="small"
      label={language.toUpperCase()}
      title={text}
      aria-label={text}
      color={TRANSLATION_COLOR[status]}
      variant={status === 'missing' ? 'outlined' : 'filled'}
      data-testid={`lang-${language}`}
      data-status={status}
      sx={{ minWidth: 34, height: 22, fontSize: 11.5, fontWeight: 600, '& .MuiChip-label': { px: 0.75 }, ...(status === 'missing' && { borderStyle: 'dashed', color: 'text.secondary' }) }}
    />
  );
}

export function PublishStateChip({ state }: { state: PublishState }) {
  const labels = useLabels();
  return <Chip size="small" label={labels.state(state)} color={STATE_COLOR[state]} variant={state === 'draft' ? 'outlined' : 'filled'} data-state={state} />;
}
