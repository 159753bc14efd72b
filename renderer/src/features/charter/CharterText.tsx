import { Box } from '@mui/material';
import type { ComponentProps } from 'react';
import Markdown, { type Components } from 'react-markdown';

type HeadingProps = ComponentProps<'h2'> & { node?: unknown };

// The charter's own title sits under the page's title: its headings go one level down (# → h2).
const DEMOTED: Components = {
  h1: ({ node: _node, ...props }: HeadingProps) => <h2 className="charter-h1" {...props} />,
  h2: ({ node: _node, ...props }: HeadingProps) => <h3 className="charter-h2" {...props} />,
  h3: ({ node: _node, ...props }: HeadingProps) => <h4 className="charter-h3" {...props} />,
};

/**
 * The charter's Markdown as readable text. react-markdown builds React elements (never raw HTML),
 * so nothing in the text can run; `large` is the kiosk's reading size.
 */
export function CharterText({ text, large = false }: { text: string; large?: boolean }) {
  return (
    <Box
      sx={{
        fontSize: large ? '1.35rem' : '1rem',
        lineHeight: large ? 1.6 : 1.55,
        '& .charter-h1': { fontSize: large ? '2.1rem' : '1.6rem', fontWeight: 600, mt: 0, mb: 2 },
        '& .charter-h2': { fontSize: large ? '1.6rem' : '1.2rem', fontWeight: 600, mt: 3, mb: 1, color: 'primary.main' },
        '& .charter-h3': { fontSize: large ? '1.35rem' : '1.05rem', fontWeight: 600, mt: 2, mb: 1 },
        '& p': { my: 1.5 },
        '& ul, & ol': { pl: large ? 4 : 3, my: 1 },
        '& li': { mb: 0.75 },
        maxWidth: '72ch',
      }}
    >
      <Markdown skipHtml components={DEMOTED}>
        {text}
      </Markdown>
    </Box>
  );
}
