import { Typography } from '@mui/material';

/** Placeholder until the screen is built. */
export function LocationsPage(_props: { params?: string[] }) {
  return <Typography>LocationsPage</Typography>;
}
