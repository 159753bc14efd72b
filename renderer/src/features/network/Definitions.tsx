import { Box, Typography } from '@mui/material';
import { Fragment, type ReactNode } from 'react';

export interface Definition {
  /** Marks the line (`data-definition`) for tests and styles. */
  name: string;
  label: string;
  value: ReactNode;
}

/** A label and its value per line, labels in a column of their own (one column on a narrow screen). */
export function Definitions({ items }: { items: Definition[] }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, max-content) 1fr' }, alignContent: 'start', columnGap: 3, rowGap: 0.75, m: 0 }}>
      {items.map(({ name, label, value }) => (
        <Box key={name} data-definition={name} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" sx={{ color: 'text.secondary', pt: 0.25 }}>
            {label}
          </Typography>
          <Typography component="dd" sx={{ m: 0, minWidth: 0, overflowWrap: 'anywhere' }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/** A value left empty, greyed: « non renseigné ». */
export function Missing({ text }: { text: string }) {
  return (
    <Typography component="span" sx={{ color: 'text.secondary' }}>
      {text}
    </Typography>
  );
}

/** Opening hours in OpenStreetMap syntax, in a fixed-width font, wrapping only between rules, never inside `13:30-18:30`. */
export function OsmHours({ hours }: { hours: string }) {
  const parts = hours.split(/(?<=[,;\s])/);
  return (
    <Box component="code" sx={{ fontFamily: 'monospace' }}>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
            {part}
          </Box>
        </Fragment>
      ))}
    </Box>
  );
}
