import { zodResolver } from '@hookform/resolvers/zod';
import { InputAdornment, Stack } from '@mui/material';
import { useMemo } from 'react';
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { FormDialog } from '../../forms/FormDialog';
import { FormTextField } from '../../forms/FormTextField';
import { useContractForm } from '../../forms/useContractForm';
import { inputToCents } from '../../format';

/** Named as the contract names them, so that its refusals land beside their field. */
interface Values {
  description: string;
  quantity: string;
  unitPriceCents: string;
}

const EMPTY: Values = { description: '', quantity: '1', unitPriceCents: '' };

/** A line typed by hand on a draft: what, how many, the unit price excluding VAT in euros (`12,50`). */
export function AddLineDialog({ invoiceId, buyerName, onClose }: { invoiceId: number; buyerName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const schema = useMemo(
    () =>
      z.object({
        description: z.string().trim().min(1, { error: t('forms.required') }),
        quantity: z.string().regex(/^\s*[1-9]\d{0,3}\s*$/, { error: t('forms.positive_number') }),
        unitPriceCents: z.string().refine((value) => inputToCents(value) !== undefined, { error: t('forms.price') }),
      }),
    [t],
  );
  const { form, submit, saveBar } = useContractForm<'invoices.addLine', Values>({
    method: 'invoices.addLine',
    defaultValues: EMPTY,
    fields: ['description', 'quantity', 'unitPriceCents'],
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    toInput: (values) => ({ invoiceId, description: values.description, quantity: Number(values.quantity), unitPriceCents: inputToCents(values.unitPriceCents) ?? -1 }),
    toValues: () => EMPTY,
    onSaved: onClose,
  });
  return (
    <FormDialog open title={t('invoices.add_line_title', { name: buyerName })} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('invoices.add_line')}>
      <FormTextField control={form.control} name="description" label={t('invoices.line.description')} required autoFocus helperText={t('invoices.description_help')} />
      <Stack direction="row" spacing={2}>
        <FormTextField control={form.control} name="quantity" label={t('invoices.line.quantity')} required sx={{ flex: 1 }} slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }} />
        <FormTextField
          control={form.control}
          name="unitPriceCents"
          label={t('invoices.line.unit_price')}
          required
          helperText={t('invoices.price_help')}
          sx={{ flex: 2 }}
          slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' }, input: { endAdornment: <InputAdornment position="end">€</InputAdornment> } }}
        />
      </Stack>
    </FormDialog>
  );
}
