import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi, useApiMutation } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { formatTime } from '../../format';
import { currentLanguage } from '../../i18n';
import type { Person } from './types';

type Arrival = OutputOf<'kiosk.arrival'>;

/** Back to the welcome screen this long after the arrival is recorded. */
const DONE_RESET_MS = 20_000;

function BookingsToday({ arrival }: { arrival: Arrival }) {
  const { t } = useTranslation();
  if (arrival.bookings.length === 0) return <Typography sx={{ fontSize: '1.3rem' }}>{t('kiosk.no_booking')}</Typography>;
  return (
    <Stack spacing={1}>
      {arrival.bookings.map((booking) => (
        <Typography key={`${booking.seat}-${booking.slot ?? booking.startTime}`} sx={{ fontSize: '1.4rem' }}>
          {booking.slot ? t('kiosk.booking', { seat: booking.seat, slot: t(`kiosk.slots.${booking.slot}`) }) : t('kiosk.booking_hours', { seat: booking.seat, from: booking.startTime, to: booking.endTime })}
        </Typography>
      ))}
    </Stack>
  );
}

/** Signed: record the arrival and show today's booking; already in: say since when. */
export function KioskArrivalStep({ person, justSigned, onDone }: { person: Person; justSigned: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const arrival = useApi('kiosk.arrival', { memberId: person.memberId });
  const checkIn = useApiMutation('kiosk.checkIn');
  const done = checkIn.data?.arrival;
  useEffect(() => {
    if (!done) return;
    const timer = window.setTimeout(onDone, DONE_RESET_MS);
    return () => window.clearTimeout(timer);
  }, [done, onDone]);

  if (arrival.error) return <Alert severity="error">{errorText(arrival.error)}</Alert>;
  if (!arrival.data) return <LinearProgress aria-label={t('app.loading')} />;
  const shown = done ?? arrival.data;
  const inSince = done ? null : arrival.data.inSince;
  const finished = Boolean(done) || inSince !== null || Boolean(checkIn.error);
  return (
    <Stack spacing={4} sx={{ alignItems: 'flex-start' }}>
      {justSigned && !done && (
        <Alert severity="success" icon={<CheckCircleOutlined fontSize="large" />} sx={{ fontSize: '1.3rem', width: '100%' }}>
          {t('kiosk.signed_thanks')}
        </Alert>
      )}
      <Typography variant="h1" sx={{ fontSize: '2.4rem', display: 'flex', alignItems: 'center', gap: 2 }}>
        {done && <CheckCircleOutlined color="success" sx={{ fontSize: '3rem' }} />}
        {done ? t('kiosk.checked_in', { name: person.label }) : t('kiosk.hello', { name: person.label })}
      </Typography>
      {inSince && <Typography sx={{ fontSize: '1.4rem' }}>{t('kiosk.already_in', { time: formatTime(inSince, currentLanguage()) })}</Typography>}
      <Box>
        <Typography color="text.secondary" sx={{ fontSize: '1.1rem', mb: 1 }}>
          {t('kiosk.today')}
        </Typography>
        <BookingsToday arrival={shown} />
      </Box>
      {checkIn.error && <Alert severity="warning" sx={{ fontSize: '1.2rem', width: '100%' }}>{`${errorText(checkIn.error)} ${t('kiosk.see_desk')}`}</Alert>}
      <Stack direction="row" spacing={2}>
        {!finished && (
          <Button variant="contained" size="large" onClick={() => checkIn.mutate({ memberId: person.memberId })} disabled={checkIn.isPending} sx={{ fontSize: '1.35rem', px: 5, py: 2 }}>
            {t('kiosk.check_in')}
          </Button>
        )}
        <Button key={finished ? 'finish' : 'later'} variant={finished ? 'contained' : 'outlined'} size="large" onClick={onDone} sx={{ fontSize: '1.25rem', px: 4, py: 2 }}>
          {t('kiosk.finish')}
        </Button>
      </Stack>
    </Stack>
  );
}
