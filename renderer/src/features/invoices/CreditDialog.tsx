import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import type { OutputOf } from '../../../../main/api/contract';
import { FormDialog } from '../../forms/FormDialog';
import { FormTextField } from '../../forms/FormTextField';
import { useContractForm } from '../../forms/useContractForm';
import { formatCents } from '../../format';
import { currentLanguage } from '../../i18n';
import { leftToCredit } from './credited';
import type { Detail } from './InvoiceHeader';

type Credit = OutputOf<'invoices.credit'>;

interface Values {
  quantities: string[];
  reason: string;
}

/** « Faire un avoir »: how much of each line to credit (all that is left, unless told), and why. */
export function CreditDialog({ detail, onClose, onCredited }: { detail: Detail; onClose: () => void; onCredited: (credit: Credit) => void }) {
  // Read once: the credit note being issued must not take the form away before it answers.
  const [initial] = useState(() => leftToCredit(detail));
  return <CreditForm detail={detail} left={initial} onClose={onClose} onCredited={onCredited} />;
}

function CreditForm({ detail, left, onClose, onCredited }: { detail: Detail; left: number[]; onClose: () => void; onCredited: (credit: Credit) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { lines, summary } = detail;
  const schema = useMemo(
    () =>
      z.looseObject({ quantities: z.array(z.string()) }).superRefine((values, ctx) => {
        values.quantities.forEach((text, index) => {
          const most = left[index] ?? 0;
          if (!/^\s*\d{1,5}\s*$/.test(text)) ctx.addIssue({ code: 'custom', path: ['quantities', index], message: t('forms.whole_number') });
          else if (Number(text) > most) ctx.addIssue({ code: 'custom', path: ['quantities', index], message: t('invoices.credit.too_much', { count: most }) });
        });
        if (values.quantities.every((text) => Number(text) === 0)) ctx.addIssue({ code: 'custom', path: ['quantities', left.findIndex((most) => most > 0)], message: t('invoices.credit.nothing') });
      }),
    [left, t],
  );
  const { form, submit, saveBar } = useContractForm<'invoices.credit', Values>({
    method: 'invoices.credit',
    defaultValues: { quantities: left.map(String), reason: '' },
    fields: ['reason'],
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    toInput: (values) => ({
      invoiceId: summary.id,
      lines: lines.map((line, index) => ({ position: line.position, quantity: Number(values.quantities[index]) })).filter((line) => line.quantity > 0),
      reason: values.reason,
    }),
    toValues: (_stored, submitted) => submitted,
    onSaved: onCredited,
  });
  const quantities = useWatch({ control: form.control, name: 'quantities' });
  const total = lines.reduce((sum, line, index) => sum + (Number(quantities[index]) || 0) * line.unitPriceCents, 0);
  return (
    <FormDialog open maxWidth="md" title={t('invoices.credit.title', { number: summary.number })} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('invoices.credit.submit')}>
      <Typography color="text.secondary">{t('invoices.credit.intro')}</Typography>
      <Table size="small" aria-label={t('invoices.credit.lines')} sx={{ '& th': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('invoices.line.description')}</TableCell>
            <TableCell align="right">{t('invoices.line.unit_price')}</TableCell>
            <TableCell align="right">{t('invoices.credit.billed')}</TableCell>
            <TableCell align="right">{t('invoices.credit.left')}</TableCell>
            <TableCell sx={{ width: 150 }}>{t('invoices.credit.quantity')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line, index) => (
            <TableRow key={line.position}>
              <TableCell>{line.description}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatCents(line.unitPriceCents, language)}
              </TableCell>
              <TableCell align="right">{line.quantity}</TableCell>
              <TableCell align="right">{left[index]}</TableCell>
              <TableCell>
                <FormTextField
                  control={form.control}
                  name={`quantities.${index}`}
                  size="small"
                  disabled={left[index] === 0}
                  autoFocus={index === left.findIndex((most) => most > 0)}
                  slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', 'aria-label': t('invoices.credit.quantity_of', { description: line.description }) } }}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography sx={{ fontWeight: 600, textAlign: 'right' }} role="status">
        {t('invoices.credit.total', { total: formatCents(-total, language) })}
      </Typography>
      <FormTextField control={form.control} name="reason" label={t('invoices.credit.reason')} helperText={t('invoices.credit.reason_help')} />
      <Alert severity="warning">{t('invoices.credit.final')}</Alert>
    </FormDialog>
  );
}
