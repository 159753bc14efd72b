import AddOutlined from '@mui/icons-material/AddOutlined';
import { Button, FormControlLabel, MenuItem, Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { useApiMutation } from '../../api/hooks';
import { useNotify } from '../../app/notify';
import { useErrorText } from '../../forms/errors';
import { FormDateField } from '../../forms/FormDateField';
import { FormDialog } from '../../forms/FormDialog';
import { FormTextField } from '../../forms/FormTextField';
import { Section } from '../../forms/Section';
import { normalizeTime, TimeInput } from '../../forms/TimeInput';
import { useContractForm } from '../../forms/useContractForm';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { bookerResolver, MemberPicker } from './BookDialog';

type Board = OutputOf<'bookings.board'>;
type Summary = OutputOf<'members.list'>[number];

/** The rooms booked by the hour (the lounge) over the board's period, and a way to book one. */
export function RoomBookings({ board, defaultDate }: { board: Board; defaultDate: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const notify = useNotify();
  const errorText = useErrorText();
  const rooms = board.rooms.flatMap((room) => room.seats.filter((seat) => seat.kind === 'room'));
  const [adding, setAdding] = useState(false);
  const cancel = useApiMutation('bookings.cancel', { onSuccess: () => notify(t('planning.cancelled')) });
  if (rooms.length === 0) return null;
  return (
    <Section
      title={t('planning.rooms')}
      action={
        <Button startIcon={<AddOutlined />} onClick={() => setAdding(true)}>
          {t('planning.book_room')}
        </Button>
      }
    >
      {board.roomBookings.length === 0 ? (
        <Typography color="text.secondary">{t('planning.no_room_bookings')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('planning.date')}</TableCell>
              <TableCell>{t('planning.hours')}</TableCell>
              <TableCell>{t('planning.room')}</TableCell>
              <TableCell>{t('attendance.member')}</TableCell>
              <TableCell>{t('planning.note')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {board.roomBookings.map((booking) => (
              <TableRow key={booking.id}>
                <TableCell>{formatDate(booking.date, language)}</TableCell>
                <TableCell>{`${booking.startTime}–${booking.endTime}`}</TableCell>
                <TableCell>{booking.seat}</TableCell>
                <TableCell>{booking.name}</TableCell>
                <TableCell>{booking.note}</TableCell>
                <TableCell align="right">
                  {booking.status === 'booked' && (
                    <Button size="small" color="warning" onClick={() => cancel.mutate({ bookingId: booking.id }, { onError: (error) => notify(errorText(error), 'error') })}>
                      {t('planning.cancel_booking')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {adding && <RoomDialog rooms={rooms.map((room) => room.code)} defaultDate={defaultDate} onClose={() => setAdding(false)} />}
    </Section>
  );
}

interface Values {
  seat: string;
  date: string;
  startTime: string;
  endTime: string;
  member: Summary | null;
  visitorName: string;
  visitorContact: string;
  note: string;
}

function RoomDialog({ rooms, defaultDate, onClose }: { rooms: string[]; defaultDate: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [visitor, setVisitor] = useState(false);
  const empty: Values = { seat: rooms[0] ?? '', date: defaultDate, startTime: '', endTime: '', member: null, visitorName: '', visitorContact: '', note: '' };
  const { form, submit, saveBar } = useContractForm<'bookings.bookRoom', Values>({
    method: 'bookings.bookRoom',
    defaultValues: empty,
    resolver: bookerResolver<Values>(visitor, t),
    fields: ['seat', 'date', 'startTime', 'endTime', 'visitorName', 'visitorContact', 'note'],
    toInput: ({ member, ...values }) => ({
      ...values,
      startTime: normalizeTime(values.startTime),
      endTime: normalizeTime(values.endTime),
      memberId: visitor ? null : (member?.id ?? null),
      visitorName: visitor ? values.visitorName : '',
      visitorContact: visitor ? values.visitorContact : '',
      channel: 'phone' as const,
    }),
    toValues: () => empty,
    onSaved: onClose,
  });
  return (
    <FormDialog open title={t('planning.book_room')} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('planning.book')}>
      {rooms.length > 1 && (
        <FormTextField control={form.control} name="seat" label={t('planning.room')} select>
          {rooms.map((code) => (
            <MenuItem key={code} value={code}>
              {code}
            </MenuItem>
          ))}
        </FormTextField>
      )}
      <FormDateField control={form.control} name="date" label={t('planning.date')} />
      <Stack direction="row" spacing={2}>
        {(['startTime', 'endTime'] as const).map((name) => (
          <Controller
            key={name}
            control={form.control}
            name={name}
            render={({ field, fieldState }) => (
              <TimeInput label={t(`planning.${name === 'startTime' ? 'from_time' : 'to_time'}`)} value={field.value} onChange={field.onChange} error={Boolean(fieldState.error)} helperText={fieldState.error?.message} />
            )}
          />
        ))}
      </Stack>
      <FormControlLabel control={<Switch checked={visitor} onChange={(event) => setVisitor(event.target.checked)} />} label={t('planning.visitor')} />
      {visitor ? (
        <>
          <FormTextField control={form.control} name="visitorName" label={t('planning.visitor_name')} required />
          <FormTextField control={form.control} name="visitorContact" label={t('planning.visitor_contact')} required />
        </>
      ) : (
        <Controller control={form.control} name="member" render={({ field, fieldState }) => <MemberPicker value={field.value} onChange={field.onChange} autoFocus={false} error={fieldState.error?.message} />} />
      )}
      <FormTextField control={form.control} name="note" label={t('planning.note')} />
    </FormDialog>
  );
}
