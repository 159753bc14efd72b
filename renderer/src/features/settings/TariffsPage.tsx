import { Paper, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { PageHeader } from '../../forms/PageHeader';
import { TariffsForm } from './TariffsForm';

export function TariffsPage() {
  const { t } = useTranslation();
  const tariffs = useApi('tariffs.list', {});
  const settings = useApi('settings.get', {});
  const regime = settings.data?.vat.regime;
  return (
    <Stack spacing={3}>
      <PageHeader title={t('nav.tariffs')} intro={t(regime === 'assujetti' ? 'tariffs.intro_vat' : 'tariffs.intro')} />
      <Paper sx={{ p: 3 }}>{tariffs.data && regime && <TariffsForm tariffs={tariffs.data} vatRegime={regime} />}</Paper>
    </Stack>
  );
}
