import { Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { PageHeader } from '../../forms/PageHeader';
import { ClosuresCard } from './ClosuresCard';
import { HolidaysCard } from './HolidaysCard';
import { OpeningForm } from './OpeningForm';
import { toDayHours } from './weekly-hours';

/** When the space is open: weekly hours, half-day slots, public holidays and the space's own closures. */
export function HoursPage() {
  const { t } = useTranslation();
  const settings = useApi('settings.get', {});
  const hours = settings.data?.opening.hours ?? '';
  // After a save the hours change: the previous week stays on screen meanwhile, so the form (and its
  // "saved" note) is not unmounted.
  const week = useApi('calendar.weeklyHours', { hours }, { enabled: Boolean(settings.data), keepPrevious: true });
  return (
    <Stack spacing={3}>
      <PageHeader title={t('nav.hours')} intro={t('hours.intro')} />
      <Paper sx={{ p: 3 }}>
        <Typography variant="h2" gutterBottom>
          {t('hours.title')}
        </Typography>
        {settings.data && week.data && <OpeningForm opening={settings.data.opening} days={toDayHours(week.data)} />}
      </Paper>
      <ClosuresCard />
      <HolidaysCard />
    </Stack>
  );
}
