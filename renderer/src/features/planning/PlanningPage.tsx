import ChevronLeftOutlined from '@mui/icons-material/ChevronLeftOutlined';
import ChevronRightOutlined from '@mui/icons-material/ChevronRightOutlined';
import { Box, Button, Chip, IconButton, LinearProgress, Paper, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { PageHeader } from '../../forms/PageHeader';
import { formatDate, formatRate, todayIso } from '../../format';
import { currentLanguage } from '../../i18n';
import { BoardGrid, outOfService, type Target } from './BoardGrid';
import { BookDialog } from './BookDialog';
import { CellDialog } from './CellDialog';
import { RoomBookings } from './RoomBookings';
import { periodOf, shiftPeriod, type View } from './period';

/** The planning board: every seat by half-day for a day, a week or a month, and its occupancy. */
export function PlanningPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const today = todayIso();
  const [view, setView] = useState<View>('week');
  const [anchor, setAnchor] = useState(today);
  const [open, setOpen] = useState<Target>();
  const [booking, setBooking] = useState<Target>();
  const period = periodOf(view, anchor);
  const board = useApi('bookings.board', period, { keepPrevious: true });
  const seats = (board.data?.rooms ?? []).flatMap((room) => room.seats.filter((seat) => seat.kind !== 'room').map((seat) => seat.code));
  const occupancy = board.data?.occupancy;
  // A desk going out of service within the period: the legend says what its greyed cells mean.
  const retiring = (board.data?.rooms ?? []).some((room) => room.seats.some((seat) => seat.kind !== 'room' && outOfService(seat, period.to)));
  // Whole percents read at a glance; the exact figures are in the reports.
  const percent = (rate: number) => formatRate(Math.round(rate * 100) * 100, language);

  // A free cell opens the booking form; a taken or released one shows what it holds.
  const openCell = (target: Target) => (target.cell ? setOpen(target) : setBooking(target));

  return (
    <Stack spacing={2}>
      <PageHeader title={t('nav.planning')} intro={t('planning.intro')} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <ToggleButtonGroup size="small" exclusive value={view} onChange={(_, value: View | null) => value && setView(value)} aria-label={t('planning.view')}>
          {(['day', 'week', 'month'] as const).map((value) => (
            <ToggleButton key={value} value={value}>
              {t(`planning.views.${value}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <IconButton aria-label={t('planning.previous')} onClick={() => setAnchor(shiftPeriod(view, anchor, -1))}>
          <ChevronLeftOutlined />
        </IconButton>
        <Button size="small" variant="outlined" onClick={() => setAnchor(today)}>
          {t('planning.today')}
        </Button>
        <IconButton aria-label={t('planning.next')} onClick={() => setAnchor(shiftPeriod(view, anchor, 1))}>
          <ChevronRightOutlined />
        </IconButton>
        <Typography sx={{ fontWeight: 500 }}>
          {period.from === period.to ? formatDate(period.from, language) : t('planning.from_to', { from: formatDate(period.from, language), to: formatDate(period.to, language) })}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        {occupancy && (
          <Stack direction="row" spacing={1} aria-label={t('planning.occupancy')} role="group">
            <Chip color="primary" label={t('planning.occupancy_total', { rate: percent(occupancy.rate) })} />
            {occupancy.byKind.map((kind) => (
              <Chip key={kind.kind} variant="outlined" label={`${t(`seat_kinds.${kind.kind}`)} ${percent(kind.rate)}`} />
            ))}
          </Stack>
        )}
      </Stack>
      <Paper sx={{ p: 1 }}>
        {board.isFetching && <LinearProgress aria-label={t('app.loading')} sx={{ mb: 1 }} />}
        {board.data && <BoardGrid board={board.data} view={view} today={today} onOpen={openCell} />}
      </Paper>
      <Typography variant="body2" color="text.secondary">
        {t('planning.legend')}
        {retiring && ` ${t('planning.legend_retired')}`}
      </Typography>
      {board.data && <RoomBookings board={board.data} defaultDate={period.from <= today && today <= period.to ? today : period.from} />}
      {booking && <BookDialog target={booking} onClose={() => setBooking(undefined)} />}
      {open?.cell && (
        <CellDialog
          target={{ ...open, cell: open.cell }}
          seats={seats}
          onClose={() => setOpen(undefined)}
          onBook={() => {
            setBooking(open);
            setOpen(undefined);
          }}
        />
      )}
    </Stack>
  );
}
