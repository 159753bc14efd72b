import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Dialog, DialogContent, InputAdornment, LinearProgress } from '@mui/material';
import { useMemo, useState } from 'react';
import { Controller, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { useApi } from '../../api/hooks';
import { useNotify } from '../../app/notify';
import { useErrorText } from '../../forms/errors';
import { FormDateField } from '../../forms/FormDateField';
import { FormDialog } from '../../forms/FormDialog';
import { FormTextField } from '../../forms/FormTextField';
import { useContractForm } from '../../forms/useContractForm';
import { centsToInput, formatCents, inputToCents, todayIso } from '../../format';
import { currentLanguage } from '../../i18n';
import { allocate, dueOf, openInvoicesOf, type Method, type OpenInvoice } from './allocation';
import { AccountFigures } from './AccountFigures';
import { MethodChoice, MethodDetails, type PaymentValues } from './PaymentMethodFields';
import { PaymentInvoices } from './PaymentInvoices';

interface Props {
  open: boolean;
  memberId: number;
  /** The invoice to settle; without it, the member's oldest open invoices first. */
  invoiceId?: number;
  /** `paid` is true when a payment was recorded. */
  onClose: (paid: boolean) => void;
}

const FIELDS = ['method', 'amountCents', 'date', 'chequeBank', 'chequeNumber', 'chequeDrawer', 'reference'] as const;

/** « Encaisser »: money received from a member, how, and which of their invoices it settles. */
export function PaymentDialog({ open, memberId, invoiceId, onClose }: Props) {
  if (!open) return null;
  return <PaymentLoader memberId={memberId} invoiceId={invoiceId} onClose={onClose} />;
}

/** Reads the member, their account and their invoices before the form starts from them. */
function PaymentLoader({ memberId, invoiceId, onClose }: Omit<Props, 'open'>) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const member = useApi('members.get', { memberId });
  const account = useApi('payments.account', { memberId });
  const invoices = useApi('invoices.list', { memberId });
  const error = member.error ?? account.error ?? invoices.error;
  if (member.data && account.data && invoices.data) {
    const name = `${member.data.member.firstName} ${member.data.member.lastName}`;
    return <PaymentForm name={name} account={account.data} invoices={openInvoicesOf(invoices.data)} invoiceId={invoiceId} memberId={memberId} onClose={onClose} />;
  }
  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="md" aria-label={t('payments.dialog.loading')}>
      <DialogContent>{error ? <Alert severity="error">{errorText(error)}</Alert> : <LinearProgress aria-label={t('app.loading')} />}</DialogContent>
    </Dialog>
  );
}

interface FormProps {
  name: string;
  memberId: number;
  account: { dueCents: number; creditCents: number };
  invoices: OpenInvoice[];
  invoiceId?: number;
  onClose: (paid: boolean) => void;
}

function PaymentForm({ name, memberId, account, invoices, invoiceId, onClose }: FormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const notify = useNotify();
  const [initial] = useState<PaymentValues>(() => {
    const ticked = invoices.some((invoice) => invoice.id === invoiceId) ? [invoiceId as number] : invoices.map((invoice) => invoice.id);
    const due = dueOf(invoices, ticked);
    return { method: 'cash', amountCents: due > 0 ? centsToInput(due, language) : '', date: todayIso(), chequeBank: '', chequeNumber: '', chequeDrawer: '', reference: '', invoiceIds: ticked };
  });
  const schema = useMemo(() => z.looseObject({ amountCents: z.string().refine((v) => (inputToCents(v) ?? 0) > 0, { error: t('payments.dialog.bad_amount') }) }), [t]);
  const { form, submit, saveBar } = useContractForm<'payments.add', PaymentValues>({
    method: 'payments.add',
    defaultValues: initial,
    fields: FIELDS,
    resolver: zodResolver(schema) as unknown as Resolver<PaymentValues>,
    toInput: ({ invoiceIds, amountCents, ...values }) => {
      const cents = inputToCents(amountCents) ?? 0;
      const all = invoices.every((invoice) => invoiceIds.includes(invoice.id));
      return { ...values, memberId, amountCents: cents, ...(!all && { allocations: allocate(invoices, invoiceIds, cents).allocations }) };
    },
    toValues: (_, submitted) => submitted,
    onSaved: (payment) => {
      notify(payment.unallocatedCents > 0 ? t('payments.dialog.saved_credit', { amount: formatCents(payment.unallocatedCents, language) }) : t('payments.dialog.saved'));
      onClose(true);
    },
  });
  const [method, amountText, ticked] = useWatch({ control: form.control, name: ['method', 'amountCents', 'invoiceIds'] });
  const amount = inputToCents(amountText);
  const { allocations, restCents } = allocate(invoices, ticked, amount ?? 0);
  const shares = new Map(allocations.map((a) => [a.invoiceId, a.amountCents]));

  /** The amount the form suggests; it follows the ticks and the method until someone types another. */
  const suggested = (ids: number[], how: Method) => {
    const due = dueOf(invoices, ids);
    return how === 'credit' ? Math.min(due, account.creditCents) : due;
  };
  const follow = (ids: number[], how: Method) => {
    if (amountText.trim() === '' || amount === suggested(ticked, method)) {
      const next = suggested(ids, how);
      form.setValue('amountCents', next > 0 ? centsToInput(next, language) : '');
    }
  };
  const toggle = (id: number) => {
    const ids = ticked.includes(id) ? ticked.filter((other) => other !== id) : [...ticked, id];
    follow(ids, method);
    form.setValue('invoiceIds', ids, { shouldDirty: true });
  };

  return (
    <FormDialog open maxWidth="md" title={t('payments.dialog.title', { name })} onClose={() => onClose(false)} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('payments.dialog.submit')}>
      <AccountFigures account={account} />
      <PaymentInvoices invoices={invoices} ticked={ticked} shares={shares} onToggle={toggle} />
      <Controller
        control={form.control}
        name="method"
        render={({ field }) => (
          <MethodChoice
            value={field.value}
            withCredit={account.creditCents > 0 && invoices.length > 0}
            onChange={(how) => {
              follow(ticked, how);
              field.onChange(how);
            }}
          />
        )}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, alignItems: 'start' }}>
        <FormTextField
          control={form.control}
          name="amountCents"
          label={t('payments.amount')}
          required
          autoFocus
          onFocus={(event) => event.target.select()}
          helperText={method === 'credit' ? t('payments.dialog.credit_available', { amount: formatCents(account.creditCents, language) }) : undefined}
          slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off', style: { textAlign: 'right' } }, input: { endAdornment: <InputAdornment position="end">€</InputAdornment> } }}
        />
        <FormDateField control={form.control} name="date" label={t('payments.date')} />
      </Box>
      <MethodDetails method={method} control={form.control} />
      {amount !== undefined && restCents > 0 && method !== 'credit' && (
        <Alert severity="info" role="status">
          {t('payments.dialog.rest_as_credit', { amount: formatCents(restCents, language) })}
        </Alert>
      )}
    </FormDialog>
  );
}
