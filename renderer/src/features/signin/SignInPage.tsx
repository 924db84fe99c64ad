import { Typography } from '@mui/material';

/** Placeholder until the screen is built. */
export function SignInPage(_props: { params?: string[] }) {
  return <Typography>SignInPage</Typography>;
}
