import { zodResolver } from '@hookform/resolvers/zod';
import { Box, InputAdornment, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useWatch, type Control, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import type { OutputOf } from '../../../../main/api/contract';
import { ChoiceRadios } from '../../forms/ChoiceRadios';
import { FormTextField } from '../../forms/FormTextField';
import { wholeNumberBetween } from '../../forms/numbers';
import { SaveBar } from '../../forms/SaveBar';
import { useContractForm } from '../../forms/useContractForm';
import { todayIso } from '../../format';

type Invoicing = OutputOf<'settings.get'>['invoicing'];
/** As typed: the payment term is text until it is checked. */
type Values = Omit<Invoicing, 'paymentTermDays'> & { paymentTermDays: string };

const FIELDS = ['invoicePrefix', 'creditNotePrefix', 'paymentTermDays', 'dropIns', 'latePenalty', 'iban', 'bic', 'bankName'] as const;
const DROP_INS = ['attended', 'booked'] as const satisfies readonly Invoicing['dropIns'][];

const toValues = (invoicing: Invoicing): Values => ({ ...invoicing, paymentTermDays: String(invoicing.paymentTermDays) });

/** The invoicing section of the settings: series, due date, drop-ins, late-payment wording, bank. */
export function InvoicingForm({ invoicing }: { invoicing: Invoicing }) {
  const { t } = useTranslation();
  const schema = useMemo(() => z.looseObject({ paymentTermDays: wholeNumberBetween(t, 0, 60) }), [t]);
  const { form, submit, saveBar } = useContractForm<'settings.updateInvoicing', Values>({
    method: 'settings.updateInvoicing',
    defaultValues: toValues(invoicing),
    fields: FIELDS,
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    toInput: (values) => ({ ...values, invoicePrefix: values.invoicePrefix.toUpperCase(), creditNotePrefix: values.creditNotePrefix.toUpperCase(), paymentTermDays: Number(values.paymentTermDays.trim()) }),
    toValues,
  });
  const { control } = form;
  const upper = { htmlInput: { autoComplete: 'off', style: { textTransform: 'uppercase' } } } as const;

  return (
    <Box component="form" onSubmit={submit} noValidate>
      <Typography variant="h2" gutterBottom>
        {t('invoicingSettings.numbering')}
      </Typography>
      <Box sx={grid}>
        <FormTextField control={control} name="invoicePrefix" label={t('invoicingSettings.invoice_prefix')} helperText={<Example control={control} name="invoicePrefix" />} slotProps={upper} />
        <FormTextField control={control} name="creditNotePrefix" label={t('invoicingSettings.credit_note_prefix')} helperText={<Example control={control} name="creditNotePrefix" />} slotProps={upper} />
      </Box>
      <Typography color="text.secondary" variant="body2" sx={{ mt: 1, maxWidth: 720 }}>
        {t('invoicingSettings.numbering_help')}
      </Typography>

      <Typography variant="h2" gutterBottom sx={{ mt: 4 }}>
        {t('invoicingSettings.terms')}
      </Typography>
      <Box sx={grid}>
        <FormTextField
          control={control}
          name="paymentTermDays"
          label={t('invoicingSettings.payment_term')}
          helperText={t('invoicingSettings.payment_term_help')}
          slotProps={{ htmlInput: { inputMode: 'numeric', style: { textAlign: 'right' } }, input: { endAdornment: <InputAdornment position="end">{t('invoicingSettings.days')}</InputAdornment> } }}
        />
      </Box>
      <FormTextField control={control} name="latePenalty" label={t('invoicingSettings.late_penalty')} helperText={t('invoicingSettings.late_penalty_help')} multiline minRows={2} sx={{ mt: 2, maxWidth: 880 }} />

      <Typography variant="h2" gutterBottom sx={{ mt: 4 }} id="drop-ins-title">
        {t('invoicingSettings.drop_ins')}
      </Typography>
      <ChoiceRadios
        control={control}
        name="dropIns"
        choices={DROP_INS}
        labelledBy="drop-ins-title"
        title={(value) => t(`invoicingSettings.drop_ins_${value}`)}
        help={(value) => t(`invoicingSettings.drop_ins_${value}_help`)}
      />

      <Typography variant="h2" gutterBottom sx={{ mt: 4 }}>
        {t('invoicingSettings.bank')}
      </Typography>
      <Typography color="text.secondary" variant="body2" sx={{ mb: 2, maxWidth: 720 }}>
        {t('invoicingSettings.bank_help')}
      </Typography>
      <Box sx={{ ...grid, gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' } }}>
        <FormTextField control={control} name="iban" label={t('invoicingSettings.iban')} slotProps={upper} />
        <FormTextField control={control} name="bic" label={t('invoicingSettings.bic')} slotProps={upper} />
        <FormTextField control={control} name="bankName" label={t('invoicingSettings.bank_name')} helperText={t('invoicingSettings.bank_name_help')} />
      </Box>
      <SaveBar {...saveBar} />
    </Box>
  );
}

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, maxWidth: 880 } as const;

/** `Exemple : F2026-0001`, following the prefix as it is typed. */
function Example({ control, name }: { control: Control<Values>; name: 'invoicePrefix' | 'creditNotePrefix' }) {
  const { t } = useTranslation();
  const prefix = useWatch({ control, name }).trim().toUpperCase();
  return <span data-example={name}>{t('invoicingSettings.example', { number: `${prefix}${todayIso().slice(0, 4)}-0001` })}</span>;
}
