import { Box, ToggleButton, ToggleButtonGroup } from '@mui/material';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../forms/FormTextField';
import { METHODS, type Method } from './allocation';

/** What the payment form holds: the amount in euros as typed, the invoices ticked. */
export interface PaymentValues {
  method: Method;
  amountCents: string;
  date: string;
  chequeBank: string;
  chequeNumber: string;
  chequeDrawer: string;
  reference: string;
  invoiceIds: number[];
}

/** Cash, cheque, transfer, card — and the member's credit when they have some. */
export function MethodChoice({ value, withCredit, onChange }: { value: Method; withCredit: boolean; onChange: (method: Method) => void }) {
  const { t } = useTranslation();
  return (
    <ToggleButtonGroup
      exclusive
      color="primary"
      value={value}
      onChange={(_, method: Method | null) => method && onChange(method)}
      aria-label={t('payments.method')}
      sx={{ flexWrap: 'wrap' }}
    >
      {METHODS.filter((method) => method !== 'credit' || withCredit).map((method) => (
        <ToggleButton key={method} value={method} sx={{ px: 2, textTransform: 'none' }}>
          {t(`payments.methods.${method}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}

/** A cheque's bank, number and drawer (all three required), or a transfer's or card receipt's reference. */
export function MethodDetails({ method, control }: { method: Method; control: Control<PaymentValues> }) {
  const { t } = useTranslation();
  if (method === 'cheque') {
    return (
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
        <FormTextField control={control} name="chequeDrawer" label={t('payments.cheque_drawer')} helperText={t('payments.cheque_drawer_help')} required sx={{ gridColumn: { sm: '1 / -1' } }} />
        <FormTextField control={control} name="chequeBank" label={t('payments.cheque_bank')} required />
        <FormTextField control={control} name="chequeNumber" label={t('payments.cheque_number')} required slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }} />
      </Box>
    );
  }
  if (method === 'transfer' || method === 'card') {
    return <FormTextField control={control} name="reference" label={t(`payments.reference_${method}`)} slotProps={{ htmlInput: { autoComplete: 'off' } }} />;
  }
  return null;
}
