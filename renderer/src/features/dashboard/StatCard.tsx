import type { ReactNode } from 'react';
import { Card, CardActionArea, CardContent, Typography } from '@mui/material';

/** A big number with what it counts; the whole card links to the matching list. */
export function StatCard({ value, label, href, tone, testId, children }: { value: number | string; label: string; href?: string; tone?: string; testId?: string; children?: ReactNode }) {
  const content = (
    <CardContent>
      <Typography variant="h3" component="p" sx={{ fontWeight: 700, color: tone ?? 'text.primary', lineHeight: 1.1 }} data-testid={testId}>
        {value}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 0.5 }}>
        {label}
      </Typography>
      {children}
    </CardContent>
  );
  return <Card variant="outlined" sx={{ height: '100%' }}>{href ? <CardActionArea href={href} sx={{ height: '100%' }}>{content}</CardActionArea> : content}</Card>;
}
