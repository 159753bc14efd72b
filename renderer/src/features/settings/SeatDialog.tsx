import { MenuItem } from '@mui/material';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { FormDialog } from '../../forms/FormDialog';
import { FormTextField } from '../../forms/FormTextField';
import { useContractForm } from '../../forms/useContractForm';

type Room = OutputOf<'space.layout'>[number];
type Seat = Room['seats'][number];
type DeskKind = Exclude<Seat['kind'], 'room'>;
const DESK_KINDS = ['permanent', 'dropin', 'trainee'] as const satisfies readonly DeskKind[];

interface Values {
  code: string;
  name: string;
  kind: DeskKind;
  roomId: number;
}

/** Name, kind and room of a desk: the fields both dialogs share. */
function DeskFields({ control, rooms, currentRoomId, autoFocus }: { control: Control<Values>; rooms: Room[]; currentRoomId: number; autoFocus: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <FormTextField control={control} name="name" label={t('space.seat_name')} autoFocus={autoFocus} required />
      <FormTextField control={control} name="kind" label={t('space.seat_kind')} select>
        {DESK_KINDS.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(`seat_kinds.${kind}`)}
          </MenuItem>
        ))}
      </FormTextField>
      <FormTextField control={control} name="roomId" label={t('space.room')} select>
        {rooms
          .filter((room) => room.id === currentRoomId || (room.kind === 'workspace' && !room.retiredOn))
          .map((room) => (
            <MenuItem key={room.id} value={room.id}>
              {room.name}
            </MenuItem>
          ))}
      </FormTextField>
    </>
  );
}

/** Edit a desk: its name, its kind, its room. */
export function EditSeatDialog({ seat, roomId, rooms, onClose }: { seat: Seat; roomId: number; rooms: Room[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, submit, saveBar } = useContractForm<'space.updateSeat', Values>({
    method: 'space.updateSeat',
    defaultValues: { code: seat.code, name: seat.name, kind: seat.kind as DeskKind, roomId },
    fields: ['name', 'kind', 'roomId'],
    toInput: ({ name, kind, roomId: room }) => ({ seatId: seat.id, name, kind, roomId: room }),
    toValues: (stored) => ({ code: stored.code, name: stored.name, kind: stored.kind as DeskKind, roomId }),
    onSaved: onClose,
  });
  return (
    <FormDialog open title={t('space.edit_seat', { code: seat.code })} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error}>
      <DeskFields control={form.control} rooms={rooms} currentRoomId={roomId} autoFocus />
    </FormDialog>
  );
}

/** Add a desk to a workspace. */
export function AddSeatDialog({ room, rooms, onClose }: { room: Room; rooms: Room[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, submit, saveBar } = useContractForm<'space.addSeat', Values>({
    method: 'space.addSeat',
    defaultValues: { code: '', name: '', kind: 'dropin', roomId: room.id },
    fields: ['code', 'name', 'kind', 'roomId'],
    toValues: () => ({ code: '', name: '', kind: 'dropin', roomId: room.id }),
    onSaved: onClose,
  });
  return (
    <FormDialog open title={t('space.add_seat_to', { room: room.name })} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('actions.add')}>
      <FormTextField control={form.control} name="code" label={t('space.code')} helperText={t('space.code_help')} autoFocus required />
      <DeskFields control={form.control} rooms={rooms} currentRoomId={room.id} autoFocus={false} />
    </FormDialog>
  );
}
