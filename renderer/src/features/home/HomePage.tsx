import { Alert, Box, Button, Card, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi } from '../../api/hooks';
import { formatLongDate, todayIso } from '../../format';
import { currentLanguage } from '../../i18n';

type SeatKind = OutputOf<'space.listSeats'>[number]['kind'];
const KINDS = ['permanent', 'dropin', 'trainee', 'room'] as const satisfies readonly SeatKind[];

/** Today at a glance: is the space open, who is in, what it offers, the next public holiday. */
export function HomePage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const today = todayIso();
  const status = useApi('auth.status', {});
  const day = useApi('calendar.day', { date: today });
  const seats = useApi('space.listSeats', {});
  const presence = useApi('attendance.present', { date: today });
  const inNow = presence.data?.filter((visit) => visit.leftAt === null).length ?? 0;
  const year = Number(today.slice(0, 4));
  const holidays = useApi('calendar.holidays', { year });
  const nextYear = useApi('calendar.holidays', { year: year + 1 });
  const nextHoliday = [...(holidays.data ?? []), ...(nextYear.data ?? [])].find((holiday) => holiday.date > today);

  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h1">{t('home.hello', { name: status.data?.signedIn?.name ?? '' })}</Typography>
        <Typography color="text.secondary">
          {formatLongDate(today, language)}
        </Typography>
      </Box>
      {day.data && (
        <Alert
          severity={day.data.open ? 'success' : 'info'}
          action={
            <Button component={RouterLink} to="/today" color="inherit" size="small">
              {t('home.who_is_in', { count: inNow })}
            </Button>
          }
        >
          {day.data.open
            ? t('home.open_today', { hours: day.data.hours.map((h) => `${h.start}–${h.end}`).join(', ') })
            : t(`home.closed_${day.data.reason ?? 'weekday'}`, { name: day.data.label?.[language] ?? '' })}
        </Alert>
      )}
      <Grid container spacing={2}>
        {KINDS.map((kind) => (
          <Grid key={kind} size={{ xs: 6, md: 3 }}>
            <Card>
              <CardContent>
                <Typography variant="h2" component="p">
                  {seats.data?.filter((seat) => seat.kind === kind).length ?? '–'}
                </Typography>
                <Typography color="text.secondary">{t(`seat_counts.${kind}`, { count: seats.data?.filter((seat) => seat.kind === kind).length ?? 0 })}</Typography>
              </CardContent>
            </Card>
          </Grid>
        ))}
      </Grid>
      {nextHoliday && (
        <Box>
          <Typography variant="h3" gutterBottom>
            {t('home.next_holiday')}
          </Typography>
          <Chip label={`${nextHoliday.name[language]} — ${formatLongDate(nextHoliday.date, language, { capitalize: false })}`} />
        </Box>
      )}
    </Stack>
  );
}
