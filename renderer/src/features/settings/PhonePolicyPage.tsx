import { Alert, LinearProgress, Paper, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { PageHeader } from '../../forms/PageHeader';
import { PhonePolicyForm } from './PhonePolicyForm';

/** The shared phone line's policy: what each kind of number costs, and the minutes plans include. */
export function PhonePolicyPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const settings = useApi('settings.get', {});
  return (
    <Stack spacing={3}>
      <PageHeader title={t('nav.phone')} intro={t('phonePolicy.intro')} />
      {settings.error && <Alert severity="error">{errorText(settings.error)}</Alert>}
      {settings.isPending && <LinearProgress aria-label={t('app.loading')} />}
      {settings.data && (
        <Paper sx={{ p: 3 }}>
          <PhonePolicyForm phone={settings.data.phone} />
        </Paper>
      )}
    </Stack>
  );
}
