import { Typography } from '@mui/material';

/** Placeholder until the screen is built. */
export function UsersPage(_props: { params?: string[] }) {
  return <Typography>UsersPage</Typography>;
}
