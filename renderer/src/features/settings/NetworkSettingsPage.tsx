import { Alert, LinearProgress, Paper, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { PageHeader } from '../../forms/PageHeader';
import { NetworkForm } from './network/NetworkForm';

/** « Réglages › Réseau »: the identity card the network asks for, the sections shared, and where reports are sent (admin). */
export function NetworkSettingsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const settings = useApi('settings.get', {});
  return (
    <Stack spacing={3}>
      <PageHeader title={t('networkSettings.title')} intro={t('networkSettings.intro')} />
      <Alert severity="info" sx={{ maxWidth: 880 }} data-testid="never-automatic">
        {t('networkSettings.never_automatic')}
      </Alert>
      {settings.error && <Alert severity="error">{errorText(settings.error)}</Alert>}
      {settings.isPending && <LinearProgress aria-label={t('app.loading')} />}
      {settings.data && (
        <Paper sx={{ p: 3 }}>
          <NetworkForm settings={settings.data} />
        </Paper>
      )}
    </Stack>
  );
}
