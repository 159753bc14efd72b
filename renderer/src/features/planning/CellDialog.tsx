import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { format, isValid, parseISO } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodName, OutputOf } from '../../../../main/api/contract';
import { useApiMutation } from '../../api/hooks';
import { useNotify } from '../../app/notify';
import { useErrorText } from '../../forms/errors';
import { formatDate, todayIso } from '../../format';
import { currentLanguage } from '../../i18n';
import { MemberDialog } from '../members/MemberDialog';
import type { Target } from './BoardGrid';
import { MemberPicker } from './BookDialog';

type Cell = NonNullable<Target['cell']>;

/** What a taken cell holds, and what staff can do with it: cancel, move, no-show; release or take back a desk. */
export function CellDialog({ target, seats, onBook, onClose }: { target: Target & { cell: Cell }; seats: string[]; onBook: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const notify = useNotify();
  const errorText = useErrorText();
  const [error, setError] = useState<string>();
  const { cell } = target;
  const done = (message: string) => () => {
    notify(message);
    onClose();
  };
  const options = { onError: (failure: unknown) => setError(errorText(failure)) };
  const cancel = useApiMutation('bookings.cancel', { onSuccess: done(t('planning.cancelled')) });
  const noShow = useApiMutation('bookings.markNoShow', { onSuccess: done(t('planning.no_show_done')) });
  const release = useApiMutation('bookings.releaseDesk', { onSuccess: done(t('planning.released_done')) });
  const reclaim = useApiMutation('bookings.reclaimDesk', { onSuccess: done(t('planning.reclaimed')) });
  const [moving, setMoving] = useState(false);
  const when = `${formatDate(target.date, language)}, ${t(`planning.slots.${cell.slot ?? target.half}`).toLowerCase()}`;
  const past = target.date <= todayIso();

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{cell.kind === 'released' ? t('planning.released_title', { seat: target.seat }) : `${cell.name} — ${target.seat}`}</DialogTitle>
      <DialogContent>
        <Stack spacing={1}>
          <Typography>{when}</Typography>
          {cell.kind === 'booking' && (
            <>
              <Typography color="text.secondary">{t(`planning.booked_via.${cell.channel ?? 'phone'}`)}</Typography>
              {cell.visitorContact && <Typography>{t('planning.contact', { contact: cell.visitorContact })}</Typography>}
              {cell.status === 'attended' && <Typography color="success.main">{t('planning.attended')}</Typography>}
              {cell.note && <Typography sx={{ whiteSpace: 'pre-wrap' }}>{cell.note}</Typography>}
            </>
          )}
          {cell.kind === 'plan' && <Typography color="text.secondary">{t('planning.held_by_plan')}</Typography>}
          {cell.kind === 'released' && <Typography color="text.secondary">{t('planning.released_text', { name: cell.name })}</Typography>}
          {cell.kind === 'booking' && cell.memberId === null && cell.bookingId !== null && cell.status !== 'cancelled' && (
            <VisitorToMember bookingId={cell.bookingId} name={cell.name} contact={cell.visitorContact} onDone={done(t('planning.assigned'))} />
          )}
          {moving && cell.bookingId !== null && <MoveForm bookingId={cell.bookingId} target={target} seats={seats} onDone={done(t('planning.moved'))} />}
          {error && <Alert severity="warning" role="alert">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {cell.kind === 'booking' && cell.bookingId !== null && cell.status === 'booked' && (
          <>
            <Button color="warning" onClick={() => cancel.mutate({ bookingId: cell.bookingId! }, options)}>{t('planning.cancel_booking')}</Button>
            {past && <Button onClick={() => noShow.mutate({ bookingId: cell.bookingId! }, options)}>{t('planning.no_show')}</Button>}
            {!moving && <Button onClick={() => setMoving(true)}>{t('planning.move')}</Button>}
          </>
        )}
        {cell.kind === 'plan' && cell.planId !== null && (
          <Button onClick={() => release.mutate({ planId: cell.planId!, date: target.date, reason: 'leave' }, options)}>{t('planning.release')}</Button>
        )}
        {cell.kind === 'released' && cell.planId !== null && (
          <>
            <Button onClick={() => reclaim.mutate({ planId: cell.planId!, date: target.date }, options)}>{t('planning.reclaim')}</Button>
            <Button variant="contained" onClick={onBook} autoFocus>
              {t('planning.book')}
            </Button>
          </>
        )}
        <Button onClick={onClose} autoFocus={cell.kind !== 'released'}>
          {t('actions.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Another seat, date or half-day for the booking, checked like a new one. */
function MoveForm({ bookingId, target, seats, onDone }: { bookingId: number; target: Target & { cell: Cell }; seats: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [seat, setSeat] = useState(target.seat);
  const [date, setDate] = useState(target.date);
  const [slot, setSlot] = useState(target.cell.slot ?? target.half);
  const [error, setError] = useState<string>();
  const move = useApiMutation('bookings.move' satisfies MethodName, { onSuccess: onDone });
  return (
    <Stack spacing={2} sx={{ pt: 1 }} component="form" onSubmit={(event) => { event.preventDefault(); move.mutate({ bookingId, seat, date, slot }, { onError: (failure) => setError(errorText(failure)) }); }}>
      <TextField select label={t('planning.seat')} value={seat} onChange={(event) => setSeat(event.target.value)}>
        {seats.map((code) => <MenuItem key={code} value={code}>{code}</MenuItem>)}
      </TextField>
      <DatePicker label={t('planning.date')} value={parseISO(date)} onChange={(value) => value && isValid(value) && setDate(format(value, 'yyyy-MM-dd'))} slotProps={{ textField: { size: 'small' } }} />
      <TextField select label={t('planning.slot')} value={slot} onChange={(event) => setSlot(event.target.value as typeof slot)}>
        {(['am', 'pm', 'day'] as const).map((value) => <MenuItem key={value} value={value}>{t(`planning.slots.${value}`)}</MenuItem>)}
      </TextField>
      {error && <Alert severity="warning" role="alert">{error}</Alert>}
      <Button type="submit" variant="contained">{t('planning.move_here')}</Button>
    </Stack>
  );
}

/** « Complete on arrival »: a visitor's booking goes to the member record made for them, or found. */
function VisitorToMember({ bookingId, name, contact, onDone }: { bookingId: number; name: string; contact: string; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [creating, setCreating] = useState(false);
  const [member, setMember] = useState<OutputOf<'members.list'>[number] | null>(null);
  const [error, setError] = useState<string>();
  const assign = useApiMutation('bookings.assignMember', { onSuccess: onDone });
  const attach = (memberId: number) => assign.mutate({ bookingId, memberId }, { onError: (failure) => setError(errorText(failure)) });
  const [firstName = '', ...rest] = name.trim().split(/\s+/);
  const prefill = { firstName, lastName: rest.join(' '), ...(contact.includes('@') ? { email: contact } : { phone: contact }) };
  return (
    <Stack spacing={1} sx={{ pt: 1 }}>
      <Typography variant="body2" color="text.secondary">{t('planning.visitor_intro')}</Typography>
      <Button variant="outlined" onClick={() => setCreating(true)}>{t('planning.create_member')}</Button>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Box sx={{ flexGrow: 1 }}>
          <MemberPicker value={member} onChange={setMember} autoFocus={false} />
        </Box>
        <Button disabled={!member || assign.isPending} onClick={() => member && attach(member.id)}>{t('planning.attach')}</Button>
      </Stack>
      {error && <Alert severity="warning" role="alert">{error}</Alert>}
      {creating && (
        <MemberDialog
          prefill={prefill}
          onClose={() => setCreating(false)}
          onSaved={(created) => {
            setCreating(false);
            attach(created.id);
          }}
        />
      )}
    </Stack>
  );
}
