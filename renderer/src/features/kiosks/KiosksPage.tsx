import { Typography } from '@mui/material';

/** Placeholder until the screen is built. */
export function KiosksPage(_props: { params?: string[] }) {
  return <Typography>KiosksPage</Typography>;
}
