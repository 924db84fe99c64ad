import { Typography } from '@mui/material';

/** Placeholder until the screen is built. */
export function ContentListPage(_props: { params?: string[] }) {
  return <Typography>ContentListPage</Typography>;
}
