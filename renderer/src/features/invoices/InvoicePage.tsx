import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import { Alert, Box, Button, LinearProgress, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { Section } from '../../forms/Section';
import { DraftView } from './DraftView';
import { InvoiceActions } from './InvoiceActions';
import { InvoiceHeader, type Detail } from './InvoiceHeader';
import { ChainCard, CreditNotesCard, PaymentsCard } from './InvoiceRelated';
import { InvoiceTotals } from './InvoiceTotals';
import { LinesTable } from './LinesTable';
import { PdfPreview } from './PdfPreview';

/** One invoice, credit note or draft: what it says, its PDF, what settled or corrected it, its place in the chain. */
export function InvoicePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const invoiceId = Number(useParams().invoiceId);
  const detail = useApi('invoices.get', { invoiceId }, { enabled: Number.isInteger(invoiceId) && invoiceId > 0 });
  const role = useApi('auth.status', {}).data?.signedIn?.role;
  if (detail.error) {
    return (
      <Stack spacing={2}>
        <BackLink />
        <Alert severity="error">{errorText(detail.error)}</Alert>
      </Stack>
    );
  }
  if (!detail.data) return <LinearProgress aria-label={t('app.loading')} />;
  return (
    <Stack spacing={3}>
      <BackLink />
      {detail.data.summary.number === null ? <DraftView detail={detail.data} /> : <IssuedView detail={detail.data} treasury={role === 'treasurer' || role === 'admin'} />}
    </Stack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Box>
      <Button component={RouterLink} to="/invoices" startIcon={<ArrowBackOutlined />} size="small">
        {t('invoices.back')}
      </Button>
    </Box>
  );
}

function IssuedView({ detail, treasury }: { detail: Detail; treasury: boolean }) {
  const { t } = useTranslation();
  const { summary } = detail;
  const number = summary.number ?? '';
  return (
    <>
      <InvoiceHeader detail={detail} />
      <InvoiceActions detail={detail} treasury={treasury} />
      <Section title={t('invoices.detail')}>
        <LinesTable lines={detail.lines} label={t('invoices.lines_of_document', { number })} showVat />
        <InvoiceTotals detail={detail} />
      </Section>
      {summary.kind === 'invoice' && <PaymentsCard payments={detail.payments} />}
      {summary.kind === 'invoice' && <CreditNotesCard creditNotes={detail.creditNotes} />}
      {detail.link && <ChainCard link={detail.link} />}
      <Section title={t('invoices.preview')}>
        <PdfPreview invoiceId={summary.id} number={number} />
      </Section>
    </>
  );
}
