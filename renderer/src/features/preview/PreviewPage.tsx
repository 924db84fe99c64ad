import { Typography } from '@mui/material';

/** Placeholder until the screen is built. */
export function PreviewPage(_props: { params?: string[] }) {
  return <Typography>PreviewPage</Typography>;
}
