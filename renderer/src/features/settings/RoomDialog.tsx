import { MenuItem } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { FormDialog } from '../../forms/FormDialog';
import { FormTextField } from '../../forms/FormTextField';
import { useContractForm } from '../../forms/useContractForm';

type Room = OutputOf<'space.layout'>[number];
const ROOM_KINDS = ['workspace', 'meeting'] as const satisfies readonly Room['kind'][];

/** A new room: a workspace that holds desks, or a meeting room booked as a whole. */
export function AddRoomDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const empty = { code: '', name: '', kind: 'workspace' as Room['kind'] };
  const { form, submit, saveBar } = useContractForm<'space.addRoom', typeof empty>({
    method: 'space.addRoom',
    defaultValues: empty,
    fields: ['code', 'name', 'kind'],
    toValues: () => empty,
    onSaved: onClose,
  });
  return (
    <FormDialog open title={t('space.add_room')} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('actions.add')}>
      <FormTextField control={form.control} name="name" label={t('space.room_name')} autoFocus required />
      <FormTextField control={form.control} name="code" label={t('space.code')} helperText={t('space.room_code_help')} required />
      <FormTextField control={form.control} name="kind" label={t('space.room_kind')} select helperText={t('space.room_kind_help')}>
        {ROOM_KINDS.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(`room_kinds.${kind}`)}
          </MenuItem>
        ))}
      </FormTextField>
    </FormDialog>
  );
}

export function RenameRoomDialog({ room, onClose }: { room: Room; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, submit, saveBar } = useContractForm<'space.renameRoom', { name: string }>({
    method: 'space.renameRoom',
    defaultValues: { name: room.name },
    fields: ['name'],
    toInput: ({ name }) => ({ roomId: room.id, name }),
    toValues: (stored) => ({ name: stored.name }),
    onSaved: onClose,
  });
  return (
    <FormDialog open title={t('space.rename_room', { name: room.name })} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error}>
      <FormTextField control={form.control} name="name" label={t('space.room_name')} autoFocus required />
    </FormDialog>
  );
}
