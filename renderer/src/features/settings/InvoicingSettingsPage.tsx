import { Alert, LinearProgress, Paper, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { PageHeader } from '../../forms/PageHeader';
import { InvoicingForm } from './InvoicingForm';

/** « Facturation »: how invoices are numbered, when they fall due, what drop-ins bill, the bank details. */
export function InvoicingSettingsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const settings = useApi('settings.get', {});
  return (
    <Stack spacing={3}>
      <PageHeader title={t('nav.invoicing')} intro={t('invoicingSettings.intro')} />
      {settings.error && <Alert severity="error">{errorText(settings.error)}</Alert>}
      {settings.isPending && <LinearProgress aria-label={t('app.loading')} />}
      {settings.data && (
        <Paper sx={{ p: 3 }}>
          <InvoicingForm invoicing={settings.data.invoicing} />
        </Paper>
      )}
    </Stack>
  );
}
