import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { FormDialog } from '../../forms/FormDialog';
import { FormTextField } from '../../forms/FormTextField';
import { newPinSchema, pinInputProps } from '../../forms/pin';
import { useContractForm } from '../../forms/useContractForm';

const empty = { currentPin: '', pin: '', confirm: '' };

/** Change your own PIN: the current one, then the new one twice. */
export function ChangePinDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const schema = useMemo(() => newPinSchema(t, { currentPin: z.string().min(1, { error: t('forms.required') }) }), [t]);
  const { form, submit, saveBar } = useContractForm<'staff.changeOwnPin', typeof empty>({
    method: 'staff.changeOwnPin',
    defaultValues: empty,
    fields: ['currentPin'],
    resolver: zodResolver(schema),
    toInput: ({ currentPin, pin }) => ({ currentPin, newPin: pin }),
    toValues: () => empty,
    onSaved: onClose,
  });
  return (
    <FormDialog open title={t('account.change_pin')} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error}>
      <FormTextField control={form.control} name="currentPin" label={t('account.current_pin')} type="password" slotProps={pinInputProps} autoFocus />
      <FormTextField control={form.control} name="pin" label={t('account.new_pin')} type="password" helperText={t('setup.pin_help')} slotProps={pinInputProps} />
      <FormTextField control={form.control} name="confirm" label={t('setup.pin_confirm')} type="password" slotProps={pinInputProps} />
    </FormDialog>
  );
}
