import { Typography } from '@mui/material';

/** Placeholder until the screen is built. */
export function DashboardPage(_props: { params?: string[] }) {
  return <Typography>DashboardPage</Typography>;
}
