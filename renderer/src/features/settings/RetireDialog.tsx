import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { FormDateField } from '../../forms/FormDateField';
import { FormDialog } from '../../forms/FormDialog';
import { useContractForm } from '../../forms/useContractForm';
import { todayIso } from '../../format';

/** Take a seat or a room out of service from a date; its history stays. */
export function RetireDialog({ method, id, name, onClose }: { method: 'space.retireSeat' | 'space.retireRoom'; id: number; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, submit, saveBar } = useContractForm<typeof method, { on: string }>({
    method,
    defaultValues: { on: todayIso() },
    fields: ['on'],
    toInput: ({ on }) => ({ id, on }),
    toValues: () => ({ on: todayIso() }),
    onSaved: onClose,
  });
  return (
    <FormDialog open title={t('space.retire_title', { name })} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('space.retire')}>
      <Typography color="text.secondary">{t(method === 'space.retireRoom' ? 'space.retire_room_help' : 'space.retire_seat_help')}</Typography>
      <FormDateField control={form.control} name="on" label={t('space.retire_from')} />
    </FormDialog>
  );
}
