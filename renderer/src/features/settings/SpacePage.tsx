import AddOutlined from '@mui/icons-material/AddOutlined';
import { Alert, Box, Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi, useApiMutation } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { PageHeader } from '../../forms/PageHeader';
import { formatDate, todayIso } from '../../format';
import { currentLanguage } from '../../i18n';
import { AddRoomDialog, RenameRoomDialog } from './RoomDialog';
import { RetireDialog } from './RetireDialog';
import { AddSeatDialog, EditSeatDialog } from './SeatDialog';

type Room = OutputOf<'space.layout'>[number];
type Seat = Room['seats'][number];

type Editing =
  | { kind: 'addRoom' }
  | { kind: 'renameRoom'; room: Room }
  | { kind: 'addSeat'; room: Room }
  | { kind: 'editSeat'; seat: Seat; room: Room }
  | { kind: 'retireSeat'; seat: Seat }
  | { kind: 'retireRoom'; room: Room };

/** Rooms and seats: rename, change a desk's kind, add, take out of service (history is kept). */
export function SpacePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const layout = useApi('space.layout', {});
  const [editing, setEditing] = useState<Editing>();
  const reinstateSeat = useApiMutation('space.reinstateSeat');
  const reinstateRoom = useApiMutation('space.reinstateRoom');
  const close = () => setEditing(undefined);
  const rooms = layout.data ?? [];
  const reinstateError = reinstateSeat.error ?? reinstateRoom.error;

  return (
    <Stack spacing={3}>
      <PageHeader
        title={t('nav.space')}
        intro={t('space.intro')}
        actions={
          <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setEditing({ kind: 'addRoom' })}>
            {t('space.add_room')}
          </Button>
        }
      />
      {reinstateError && <Alert severity="error">{errorText(reinstateError)}</Alert>}
      {rooms.map((room) => (
        <RoomCard
          key={room.id}
          room={room}
          onEdit={setEditing}
          onReinstateSeat={(seat) => reinstateSeat.mutate({ id: seat.id })}
          onReinstateRoom={() => reinstateRoom.mutate({ id: room.id })}
        />
      ))}
      {editing?.kind === 'addRoom' && <AddRoomDialog onClose={close} />}
      {editing?.kind === 'renameRoom' && <RenameRoomDialog room={editing.room} onClose={close} />}
      {editing?.kind === 'addSeat' && <AddSeatDialog room={editing.room} rooms={rooms} onClose={close} />}
      {editing?.kind === 'editSeat' && <EditSeatDialog seat={editing.seat} roomId={editing.room.id} rooms={rooms} onClose={close} />}
      {editing?.kind === 'retireSeat' && <RetireDialog method="space.retireSeat" id={editing.seat.id} name={editing.seat.name} onClose={close} />}
      {editing?.kind === 'retireRoom' && <RetireDialog method="space.retireRoom" id={editing.room.id} name={editing.room.name} onClose={close} />}
    </Stack>
  );
}

function RoomCard({
  room,
  onEdit,
  onReinstateSeat,
  onReinstateRoom,
}: {
  room: Room;
  onEdit: (editing: Editing) => void;
  onReinstateSeat: (seat: Seat) => void;
  onReinstateRoom: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const today = todayIso();
  const desks = room.kind === 'workspace';
  /** « Hors service depuis le … » once the date has come, « … à partir du … » while it is ahead. */
  const retirement = (retiredOn: string) =>
    t(retiredOn <= today ? 'space.retired_since' : 'space.retiring_on', { date: formatDate(retiredOn, language) });
  const retiredNow = (retiredOn: string | null) => retiredOn !== null && retiredOn <= today;
  return (
    <Paper component="section" aria-label={room.name} sx={{ p: 2, opacity: retiredNow(room.retiredOn) ? 0.7 : 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="h2" sx={{ flexGrow: 1 }}>
          {room.name}{' '}
          <Chip size="small" label={t(`room_kinds.${room.kind}`)} sx={{ ml: 1, verticalAlign: 'middle' }} />
          {room.retiredOn && <Chip size="small" color="warning" label={retirement(room.retiredOn)} sx={{ ml: 1, verticalAlign: 'middle' }} />}
        </Typography>
        {!retiredNow(room.retiredOn) && <Button onClick={() => onEdit({ kind: 'renameRoom', room })}>{t('space.rename')}</Button>}
        {desks && !room.retiredOn && (
          <Button startIcon={<AddOutlined />} onClick={() => onEdit({ kind: 'addSeat', room })}>
            {t('space.add_seat')}
          </Button>
        )}
        {!room.retiredOn && (
          <Button color="inherit" onClick={() => onEdit({ kind: 'retireRoom', room })}>
            {t('space.retire')}
          </Button>
        )}
        {room.retiredOn && <Button onClick={onReinstateRoom}>{t(retiredNow(room.retiredOn) ? 'space.reinstate' : 'space.cancel_retirement')}</Button>}
      </Box>
      {desks && (
        <Table size="small" aria-label={t('space.seats_of', { room: room.name })}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 70 }}>{t('space.code')}</TableCell>
              <TableCell sx={{ minWidth: 130 }}>{t('space.seat_name')}</TableCell>
              <TableCell sx={{ width: 150 }}>{t('space.seat_kind')}</TableCell>
              <TableCell sx={{ width: 170 }}>{t('space.status')}</TableCell>
              <TableCell align="right">{t('space.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {room.seats.length === 0 && (
              <TableRow>
                <TableCell colSpan={5}>
                  <Typography color="text.secondary">{t('space.no_seats')}</Typography>
                </TableCell>
              </TableRow>
            )}
            {room.seats.map((seat) => (
              <TableRow key={seat.id} sx={{ '& td': { color: retiredNow(seat.retiredOn) ? 'text.disabled' : undefined } }} data-seat={seat.code}>
                <TableCell>{seat.code}</TableCell>
                <TableCell>{seat.name}</TableCell>
                <TableCell>{t(`seat_kinds.${seat.kind}`)}</TableCell>
                <TableCell>{seat.retiredOn ? retirement(seat.retiredOn) : t('space.in_service')}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {!retiredNow(seat.retiredOn) && (
                    <Button size="small" onClick={() => onEdit({ kind: 'editSeat', seat, room })} aria-label={t('space.edit_seat', { code: seat.code })}>
                      {t('space.edit')}
                    </Button>
                  )}
                  {seat.retiredOn
                    ? !room.retiredOn && (
                        <Button size="small" onClick={() => onReinstateSeat(seat)}>
                          {t(retiredNow(seat.retiredOn) ? 'space.reinstate' : 'space.cancel_retirement')}
                        </Button>
                      )
                    : (
                        <Button size="small" color="inherit" onClick={() => onEdit({ kind: 'retireSeat', seat })} aria-label={t('space.retire_seat', { code: seat.code })}>
                          {t('space.retire_short')}
                        </Button>
                      )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {!desks && <Typography color="text.secondary">{t('space.meeting_room_help')}</Typography>}
    </Paper>
  );
}
