import { DialogContentText } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../app/notify';
import { FormDialog } from '../../forms/FormDialog';
import { FormTextField } from '../../forms/FormTextField';
import { useContractForm } from '../../forms/useContractForm';
import { formatCents, formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import type { Payment } from './PaymentsColumns';

/** « Annuler ce paiement »: a counter-entry that cancels it (nothing is deleted), and why. */
export function ReverseDialog({ payment, onClose }: { payment: Payment; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const notify = useNotify();
  const { form, submit, saveBar } = useContractForm<'payments.reverse', { reason: string }>({
    method: 'payments.reverse',
    defaultValues: { reason: '' },
    fields: ['reason'],
    toInput: ({ reason }) => ({ paymentId: payment.id, reason }),
    toValues: () => ({ reason: '' }),
    onSaved: () => {
      notify(t('payments.reversed_done'));
      onClose();
    },
  });
  const numbers = payment.allocations.map((allocation) => allocation.number).join(', ');
  return (
    <FormDialog open title={t('payments.reverse_title')} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('payments.reverse_confirm')}>
      <DialogContentText>
        {t('payments.reverse_what', {
          amount: formatCents(payment.amountCents, language),
          method: t(`payments.methods.${payment.method}`).toLowerCase(),
          name: payment.memberName,
          date: formatDate(payment.date, language),
        })}
      </DialogContentText>
      <DialogContentText>{t('payments.reverse_text')}</DialogContentText>
      {numbers && <DialogContentText>{t('payments.reverse_invoices', { numbers })}</DialogContentText>}
      <FormTextField control={form.control} name="reason" label={t('payments.reverse_reason')} autoFocus slotProps={{ htmlInput: { maxLength: 200 } }} />
    </FormDialog>
  );
}
