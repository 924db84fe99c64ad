import type { ReactNode } from 'react';
import { Box, Stack, Typography } from '@mui/material';

/** Every console page starts the same way: a title, one line on what it is for, and its main actions. */
export function PageHeader({ title, intro, children }: { title: ReactNode; intro?: ReactNode; children?: ReactNode }) {
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', justifyContent: 'space-between' }}>
      <Box sx={{ flexGrow: 1 }}>
        <Typography variant="h4" component="h1">
          {title}
        </Typography>
        {intro && (
          <Typography color="text.secondary" sx={{ mt: 0.5, maxWidth: 900 }}>
            {intro}
          </Typography>
        )}
      </Box>
      {children}
    </Stack>
  );
}
