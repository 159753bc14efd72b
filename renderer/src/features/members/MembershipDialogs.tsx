import { Checkbox, FormControlLabel } from '@mui/material';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDateField } from '../../forms/FormDateField';
import { FormDialog } from '../../forms/FormDialog';
import { useContractForm } from '../../forms/useContractForm';

/** A yearly membership (adhésion) at today's tariff; its period follows the settings. */
export function AddMembershipDialog({ memberId, startDate, onClose }: { memberId: number; startDate: string; onClose: () => void }) {
  const { t } = useTranslation();
  const empty = { startDate, paid: true };
  const { form, submit, saveBar } = useContractForm<'memberships.add', typeof empty>({
    method: 'memberships.add',
    defaultValues: empty,
    fields: ['startDate'],
    toInput: (values) => ({ memberId, ...values }),
    toValues: () => empty,
    onSaved: onClose,
  });
  return (
    <FormDialog open title={t('memberships.add')} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('actions.add')}>
      <FormDateField control={form.control} name="startDate" label={t('memberships.taken_on')} autoFocus />
      <Controller
        control={form.control}
        name="paid"
        render={({ field }) => <FormControlLabel control={<Checkbox checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />} label={t('memberships.paid_now')} />}
      />
    </FormDialog>
  );
}
