import { zodResolver } from '@hookform/resolvers/zod';
import { FormControlLabel, MenuItem, Switch } from '@mui/material';
import { useMemo } from 'react';
import { Controller, type Control, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import type { OutputOf } from '../../../../main/api/contract';
import { FormDialog } from '../../forms/FormDialog';
import { FormTextField } from '../../forms/FormTextField';
import { newPinSchema, pinInputProps } from '../../forms/pin';
import { useContractForm } from '../../forms/useContractForm';

type Member = OutputOf<'staff.list'>[number];
type Role = Member['role'];
const ROLES = ['welcome', 'treasurer', 'admin'] as const satisfies readonly Role[];

function RoleField<T extends { role: Role }>({ control }: { control: Control<T> }) {
  const { t } = useTranslation();
  return (
    <FormTextField control={control} name={'role' as Path<T>} label={t('staff.role')} select helperText={t('staff.roles_help')}>
      {ROLES.map((role) => (
        <MenuItem key={role} value={role}>
          {t(`roles.${role}`)}
        </MenuItem>
      ))}
    </FormTextField>
  );
}

export function AddStaffDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const empty = { name: '', role: 'welcome' as Role, pin: '', confirm: '' };
  const schema = useMemo(() => newPinSchema(t, { name: z.string(), role: z.enum(ROLES) }), [t]);
  const { form, submit, saveBar } = useContractForm<'staff.add', typeof empty>({
    method: 'staff.add',
    defaultValues: empty,
    fields: ['name', 'role', 'pin'],
    resolver: zodResolver(schema),
    toInput: ({ name, role, pin }) => ({ name, role, pin }),
    toValues: () => empty,
    onSaved: onClose,
  });
  return (
    <FormDialog open title={t('staff.add')} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('actions.add')}>
      <FormTextField control={form.control} name="name" label={t('staff.name')} autoFocus required />
      <RoleField control={form.control} />
      <FormTextField control={form.control} name="pin" label={t('setup.pin')} type="password" helperText={t('staff.pin_help')} slotProps={pinInputProps} />
      <FormTextField control={form.control} name="confirm" label={t('setup.pin_confirm')} type="password" slotProps={pinInputProps} />
    </FormDialog>
  );
}

export function EditStaffDialog({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const values = { name: member.name, role: member.role, active: member.active };
  const { form, submit, saveBar } = useContractForm<'staff.update', typeof values>({
    method: 'staff.update',
    defaultValues: values,
    // « active » has no text field: its refusal (the last administrator) shows above the buttons.
    fields: ['name', 'role'],
    toInput: (changed) => ({ staffId: member.id, ...changed }),
    toValues: (stored) => ({ name: stored.name, role: stored.role, active: stored.active }),
    onSaved: onClose,
  });
  return (
    <FormDialog open title={t('staff.edit', { name: member.name })} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error}>
      <FormTextField control={form.control} name="name" label={t('staff.name')} autoFocus required />
      <RoleField control={form.control} />
      <Controller
        control={form.control}
        name="active"
        render={({ field }) => <FormControlLabel control={<Switch checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />} label={t('staff.active_help')} />}
      />
    </FormDialog>
  );
}

export function ResetPinDialog({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const empty = { pin: '', confirm: '' };
  const schema = useMemo(() => newPinSchema(t, {}), [t]);
  const { form, submit, saveBar } = useContractForm<'staff.resetPin', typeof empty>({
    method: 'staff.resetPin',
    defaultValues: empty,
    fields: ['pin'],
    resolver: zodResolver(schema),
    toInput: ({ pin }) => ({ staffId: member.id, pin }),
    toValues: () => empty,
    onSaved: onClose,
  });
  return (
    <FormDialog open title={t('staff.reset_pin_of', { name: member.name })} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error}>
      <FormTextField control={form.control} name="pin" label={t('account.new_pin')} type="password" helperText={t('staff.pin_help')} slotProps={pinInputProps} autoFocus />
      <FormTextField control={form.control} name="confirm" label={t('setup.pin_confirm')} type="password" slotProps={pinInputProps} />
    </FormDialog>
  );
}
