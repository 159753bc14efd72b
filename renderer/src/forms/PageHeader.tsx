import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** The title of a screen, one sentence that says what it is for, and its main actions. */
export function PageHeader({ title, intro, actions }: { title: string; intro?: string; actions?: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, mb: 3 }}>
      <Box sx={{ flexGrow: 1 }}>
        <Typography variant="h1" gutterBottom={Boolean(intro)}>
          {title}
        </Typography>
        {intro && (
          <Typography color="text.secondary" sx={{ maxWidth: 720 }}>
            {intro}
          </Typography>
        )}
      </Box>
      {actions}
    </Box>
  );
}
