import { Alert, LinearProgress, Paper, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { PageHeader } from '../../forms/PageHeader';
import { AccountingForm } from './accounting/AccountingForm';

/** « Comptabilité »: the account plan, the journals, the fiscal year and the FEC's separator (treasurer and admin). */
export function AccountingSettingsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const settings = useApi('settings.get', {});
  return (
    <Stack spacing={3}>
      <PageHeader title={t('nav.accounting')} intro={t('accountingSettings.intro')} />
      {settings.error && <Alert severity="error">{errorText(settings.error)}</Alert>}
      {settings.isPending && <LinearProgress aria-label={t('app.loading')} />}
      {settings.data && (
        <Paper sx={{ p: 3 }}>
          <AccountingForm accounting={settings.data.accounting} />
        </Paper>
      )}
    </Stack>
  );
}
