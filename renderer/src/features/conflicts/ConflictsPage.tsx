import { Typography } from '@mui/material';

/** Placeholder until the screen is built. */
export function ConflictsPage(_props: { params?: string[] }) {
  return <Typography>ConflictsPage</Typography>;
}
