import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import { Alert, AlertTitle, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { PageHeader } from '../../forms/PageHeader';
import { YearCard } from './YearCard';

/** « Clôture »: the fiscal years, closing one for good, and each closed year's totals and archive. */
export function ClosingPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const years = useApi('accounting.years', {});
  const newestFirst = [...(years.data ?? [])].sort((a, b) => b.year - a.year);
  return (
    <Stack spacing={2}>
      <PageHeader title={t('nav.closing')} intro={t('closing.intro')} />
      <Alert severity="info" icon={<Inventory2Outlined />} sx={{ maxWidth: 880 }}>
        <AlertTitle>{t('closing.archive_title')}</AlertTitle>
        {t('closing.archive_help')}
      </Alert>
      {years.error && <Alert severity="error">{errorText(years.error)}</Alert>}
      {years.isPending && <LinearProgress aria-label={t('app.loading')} />}
      {years.data && newestFirst.length === 0 && <Typography color="text.secondary">{t('closing.empty')}</Typography>}
      {newestFirst.length > 0 && (
        <Stack spacing={2}>
          {newestFirst.map((status) => (
            <YearCard key={status.year} status={status} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
