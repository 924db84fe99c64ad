import { Typography } from '@mui/material';

/** Placeholder until the screen is built. */
export function EditorPage(_props: { params?: string[] }) {
  return <Typography>EditorPage</Typography>;
}
