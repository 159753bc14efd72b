import { zodResolver } from '@hookform/resolvers/zod';
import { Typography } from '@mui/material';
import { Controller, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import type { OutputOf } from '../../../../main/api/contract';
import { useNotify } from '../../app/notify';
import { FormDialog } from '../../forms/FormDialog';
import { useContractForm } from '../../forms/useContractForm';
import { formatDateTime } from '../../format';
import { currentLanguage } from '../../i18n';
import { MemberPicker } from '../planning/BookDialog';
import { formatDuration } from './CallClassChip';
import type { Call } from './CallsColumns';

type Summary = OutputOf<'members.list'>[number];

interface Values {
  memberId: Summary | null;
}

/** Operators' records do not say who called: staff pick the member, who will then be billed for it. */
export function CallsAssignDialog({ call, onClose }: { call: Call; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const language = currentLanguage();
  const schema = z.object({ memberId: z.unknown().refine((value) => value !== null, { error: t('calls.pick_member') }) });
  const { form, submit, saveBar } = useContractForm<'calls.assign', Values>({
    method: 'calls.assign',
    defaultValues: { memberId: null },
    fields: ['memberId'],
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    toInput: (values) => ({ callId: call.id, memberId: values.memberId?.id ?? null }),
    toValues: () => ({ memberId: null }),
    onSaved: (stored) => {
      notify(t('calls.assigned', { name: stored.memberName }));
      onClose();
    },
  });
  return (
    <FormDialog open title={t('calls.assign_title')} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('calls.assign')}>
      <Typography>{t('calls.assign_call', { date: formatDateTime(call.startedAt, language), number: call.number, duration: formatDuration(call.durationSeconds) })}</Typography>
      <Controller
        control={form.control}
        name="memberId"
        render={({ field, fieldState }) => <MemberPicker value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
      />
    </FormDialog>
  );
}
