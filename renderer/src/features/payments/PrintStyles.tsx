import { GlobalStyles } from '@mui/material';

/**
 * On paper, only the page itself: the app's bar and navigation, and anything marked
 * `data-print="hide"` (buttons, filters, tabs), are left out; `data-print="only"` shows on paper alone.
 */
export function PrintStyles() {
  return (
    <GlobalStyles
      styles={{
        '[data-print="only"]': { display: 'none' },
        '@media print': {
          '@page': { size: 'A4', margin: '15mm' },
          body: { background: '#fff' },
          '.MuiAppBar-root, .MuiDrawer-root, .MuiSnackbar-root, [data-print="hide"]': { display: 'none !important' },
          '[data-print="only"]': { display: 'block' },
          main: { padding: '0 !important', maxWidth: 'none !important' },
          'main > .MuiToolbar-root': { display: 'none' },
          '.MuiPaper-root': { border: 'none !important', boxShadow: 'none !important' },
        },
      }}
    />
  );
}
