import { Box } from '@mui/material';

/**
 * A file's text exactly as it leaves, in a fixed-width font; it scrolls within its frame and takes
 * the keyboard's focus so that arrows scroll it.
 */
export function RawText({ text, label, kind }: { text: string; label: string; kind: 'json' | 'csv' }) {
  return (
    <Box
      component="pre"
      tabIndex={0}
      aria-label={label}
      data-raw={kind}
      sx={{
        m: 0,
        p: 2,
        maxHeight: 520,
        overflow: 'auto',
        fontFamily: '"DejaVu Sans Mono", Menlo, Consolas, monospace',
        fontSize: 13,
        lineHeight: 1.5,
        whiteSpace: 'pre',
        bgcolor: 'grey.50',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        '&:focus-visible': { outline: (theme) => `3px solid ${theme.palette.secondary.main}`, outlineOffset: 2 },
      }}
    >
      {text}
    </Box>
  );
}
