import { createTheme } from '@mui/material/styles';

/** Calm, high-contrast: civil servants work in it all day. */
export const theme = createTheme({
  palette: {
    primary: { main: '#0b5394' },
    secondary: { main: '#b45309' },
    // Darker than MUI's own, so white text on chips and buttons reads at 4.5:1 or more.
    warning: { main: '#b45309' },
    info: { main: '#0b6aa2' },
    success: { main: '#1b6e20' },
    background: { default: '#f5f7fa' },
  },
  shape: { borderRadius: 8 },
  typography: { fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif' },
  components: {
    // Sentence case: "Opslaan en verder", not "OPSLAAN EN VERDER".
    MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } } },
    MuiTab: { styleOverrides: { root: { textTransform: 'none' } } },
    // A help text still explains a field that cannot be changed: it keeps a readable contrast.
    MuiFormHelperText: { styleOverrides: { root: { '&.Mui-disabled': { color: 'rgba(0, 0, 0, 0.6)' } } } },
  },
});
