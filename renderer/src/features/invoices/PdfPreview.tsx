import { Alert, Box, LinearProgress, Stack } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import type { Rendering } from './pdf';

/** The widest the pages are drawn: an A4 page readable without filling a large screen. */
const MAX_WIDTH = 760;

/**
 * The issued document's PDF, drawn page by page on canvases with pdf.js (the CSP lets no frame or
 * object show a blob: URL).
 */
export function PdfPreview({ invoiceId, number }: { invoiceId: number; number: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const pdf = useApi('invoices.pdf', { invoiceId });
  const target = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ base64: string; outcome: 'drawn' | 'failed' }>();
  const base64 = pdf.data?.base64;

  useEffect(() => {
    const element = target.current;
    if (!base64 || !element) return;
    let rendering: Rendering | undefined;
    let active = true;
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const width = Math.min(MAX_WIDTH, element.clientWidth || MAX_WIDTH);
    void import('./pdf')
      .then(({ renderPdf }) => {
        if (!active) return undefined;
        rendering = renderPdf(bytes, element, width, (page, pages) => t('invoices.preview_page', { number, page, pages }));
        return rendering.done;
      })
      .then(() => active && setState({ base64, outcome: 'drawn' }))
      .catch((error: unknown) => {
        // Leaving the page cancels the drawing: that is no failure.
        if (!active) return;
        console.error('PDF preview', error);
        setState({ base64, outcome: 'failed' });
      });
    return () => {
      active = false;
      rendering?.cancel();
      element.replaceChildren();
    };
  }, [base64, number, t]);

  const outcome = state?.base64 === base64 ? state?.outcome : undefined;
  return (
    <Stack spacing={1} sx={{ alignItems: 'center' }}>
      {(pdf.isLoading || (base64 && !outcome)) && <LinearProgress aria-label={t('invoices.preview_loading')} sx={{ alignSelf: 'stretch' }} />}
      {pdf.error && <Alert severity="error" sx={{ alignSelf: 'stretch' }}>{errorText(pdf.error)}</Alert>}
      {outcome === 'failed' && <Alert severity="warning" sx={{ alignSelf: 'stretch' }}>{t('invoices.preview_failed')}</Alert>}
      <Box
        ref={target}
        aria-label={t('invoices.preview_of', { number })}
        role="group"
        sx={{ width: '100%', maxWidth: MAX_WIDTH, display: 'flex', flexDirection: 'column', gap: 2, '& canvas': { boxShadow: 2, bgcolor: 'common.white' } }}
      />
    </Stack>
  );
}
