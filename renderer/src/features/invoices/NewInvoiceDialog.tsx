import { zodResolver } from '@hookform/resolvers/zod';
import { Typography } from '@mui/material';
import { Controller, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import type { OutputOf } from '../../../../main/api/contract';
import { FormDialog } from '../../forms/FormDialog';
import { useContractForm } from '../../forms/useContractForm';
import { MemberPicker } from '../planning/BookDialog';

type Member = OutputOf<'members.list'>[number];

interface Values {
  memberId: Member | null;
}

/** « Nouvelle facture »: an empty draft for a member, to fill by hand on its page. */
export function NewInvoiceDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (invoiceId: number) => void }) {
  const { t } = useTranslation();
  const schema = z.object({ memberId: z.unknown().refine((value) => value !== null, { error: t('invoices.pick_member') }) });
  const { form, submit, saveBar } = useContractForm<'invoices.createDraft', Values>({
    method: 'invoices.createDraft',
    defaultValues: { memberId: null },
    fields: ['memberId'],
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    toInput: (values) => ({ memberId: values.memberId?.id ?? 0 }),
    toValues: () => ({ memberId: null }),
    onSaved: (draft) => {
      onClose();
      onCreated(draft.id);
    },
  });
  return (
    <FormDialog open title={t('invoices.new_title')} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('invoices.new_submit')}>
      <Typography color="text.secondary">{t('invoices.new_text')}</Typography>
      <Controller control={form.control} name="memberId" render={({ field, fieldState }) => <MemberPicker value={field.value} onChange={field.onChange} error={fieldState.error?.message} />} />
    </FormDialog>
  );
}
