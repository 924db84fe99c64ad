import { createTheme } from '@mui/material/styles';

/** Calm, high-contrast: civil servants work in it all day. */
export const theme = createTheme({
  palette: {
    primary: { main: '#0b5394' },
    secondary: { main: '#b45309' },
    background: { default: '#f5f7fa' },
  },
  shape: { borderRadius: 8 },
  typography: { fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif' },
  components: {
    MuiButton: { defaultProps: { disableElevation: true } },
  },
});
