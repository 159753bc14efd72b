import CallMadeOutlined from '@mui/icons-material/CallMadeOutlined';
import CallReceivedOutlined from '@mui/icons-material/CallReceivedOutlined';
import { zodResolver } from '@hookform/resolvers/zod';
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useState } from 'react';
import { Controller, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import type { OutputOf } from '../../../../main/api/contract';
import { useNotify } from '../../app/notify';
import { FormDialog } from '../../forms/FormDialog';
import { FormTextField } from '../../forms/FormTextField';
import { useContractForm } from '../../forms/useContractForm';
import { MemberPicker } from '../planning/BookDialog';
import { CallDialogNumber } from './CallDialogNumber';
import { CallDialogWhen, nowInParis, whenToIso, type When } from './CallDialogWhen';

type Summary = OutputOf<'members.list'>[number];
type Call = OutputOf<'calls.add'>;

/** The form's values, named as the contract names them so that its refusals land beside their field. */
interface Values {
  direction: 'out' | 'in';
  memberId: Summary | null;
  number: string;
  duration: string;
  startedAt: When;
  note: string;
}

/** A call on the shared line, noted at the desk: who, which number (read as it is typed), how long, when. */
export function CallDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (call: Call) => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [empty] = useState<Values>(() => ({ direction: 'out', memberId: null, number: '', duration: '', startedAt: nowInParis(), note: '' }));
  const schema = z.looseObject({ startedAt: z.unknown().refine((when) => whenToIso(when as When) !== undefined, { error: t('calls.when_invalid') }) });
  const { form, submit, saveBar } = useContractForm<'calls.add', Values>({
    method: 'calls.add',
    defaultValues: empty,
    fields: ['direction', 'memberId', 'number', 'duration', 'startedAt', 'note'],
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    toInput: (values) => ({ ...values, memberId: values.memberId?.id ?? null, startedAt: whenToIso(values.startedAt) }),
    toValues: () => empty,
    onSaved: (call) => {
      notify(t('calls.saved'));
      onSaved(call);
      onClose();
    },
  });
  const [direction, number] = useWatch({ control: form.control, name: ['direction', 'number'] });

  return (
    <FormDialog open title={t('calls.add_title')} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('calls.save')}>
      <Controller
        control={form.control}
        name="direction"
        render={({ field }) => (
          <ToggleButtonGroup exclusive color="primary" value={field.value} onChange={(_, value: Values['direction'] | null) => value && field.onChange(value)} aria-label={t('calls.direction_label')}>
            <ToggleButton value="out" sx={{ gap: 1, px: 2 }}>
              <CallMadeOutlined fontSize="small" aria-hidden />
              {t('calls.directions.out')}
            </ToggleButton>
            <ToggleButton value="in" sx={{ gap: 1, px: 2 }}>
              <CallReceivedOutlined fontSize="small" aria-hidden />
              {t('calls.directions.in')}
            </ToggleButton>
          </ToggleButtonGroup>
        )}
      />
      <Controller
        control={form.control}
        name="memberId"
        render={({ field, fieldState }) => <MemberPicker value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
      />
      <FormTextField control={form.control} name="number" label={t('calls.number')} helperText={t('calls.number_help')} required slotProps={{ htmlInput: { inputMode: 'tel', autoComplete: 'off' } }} />
      <CallDialogNumber number={number} direction={direction} />
      <FormTextField control={form.control} name="duration" label={t('calls.duration')} helperText={t('calls.duration_help')} required slotProps={{ htmlInput: { autoComplete: 'off' } }} />
      <Controller
        control={form.control}
        name="startedAt"
        render={({ field, fieldState }) => <CallDialogWhen value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
      />
      <FormTextField control={form.control} name="note" label={t('calls.note')} />
    </FormDialog>
  );
}
