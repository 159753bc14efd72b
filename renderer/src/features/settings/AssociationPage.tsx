import { Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { PageHeader } from '../../forms/PageHeader';
import { IdentityForm } from './IdentityForm';
import { VatForm } from './VatForm';

/** Who the association is and how it invoices: what every invoice will print. */
export function AssociationPage() {
  const { t } = useTranslation();
  const settings = useApi('settings.get', {});
  if (!settings.data) return null;
  return (
    <Stack spacing={3}>
      <PageHeader title={t('nav.association')} intro={t('identity.intro')} />
      <Paper sx={{ p: 3 }}>
        <Typography variant="h2" gutterBottom>
          {t('identity.title')}
        </Typography>
        <IdentityForm identity={settings.data.identity} />
      </Paper>
      <Paper sx={{ p: 3 }}>
        <Typography variant="h2" gutterBottom>
          {t('vat.title')}
        </Typography>
        <VatForm vat={settings.data.vat} hasVatNumber={settings.data.identity.vatNumber !== ''} />
      </Paper>
    </Stack>
  );
}
