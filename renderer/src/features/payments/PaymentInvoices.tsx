import { Checkbox, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatCents, formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import type { OpenInvoice } from './allocation';

/**
 * The member's open invoices, the oldest first: tick those this payment settles; the last column
 * shows how the amount typed is shared out between them.
 */
export function PaymentInvoices({
  invoices,
  ticked,
  shares,
  onToggle,
}: {
  invoices: OpenInvoice[];
  ticked: number[];
  shares: Map<number, number>;
  onToggle: (invoiceId: number) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (invoices.length === 0) return <Typography color="text.secondary">{t('payments.dialog.nothing_due')}</Typography>;
  return (
    <Table size="small" aria-label={t('payments.dialog.invoices')}>
      <TableHead>
        <TableRow>
          <TableCell padding="checkbox" />
          <TableCell>{t('payments.dialog.invoice')}</TableCell>
          <TableCell>{t('payments.dialog.due_date')}</TableCell>
          <TableCell align="right">{t('payments.dialog.balance')}</TableCell>
          <TableCell align="right">{t('payments.dialog.settled_here')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {invoices.map((invoice) => {
          const share = shares.get(invoice.id) ?? 0;
          return (
            <TableRow key={invoice.id} hover selected={ticked.includes(invoice.id)}>
              <TableCell padding="checkbox">
                <Checkbox
                  checked={ticked.includes(invoice.id)}
                  onChange={() => onToggle(invoice.id)}
                  slotProps={{ input: { 'aria-label': t('payments.dialog.settle', { number: invoice.number }) } }}
                />
              </TableCell>
              <TableCell>
                {invoice.number}
                <Typography variant="body2" component="span" color="text.secondary" sx={{ ml: 1 }}>
                  {invoice.date && formatDate(invoice.date, language)}
                </Typography>
              </TableCell>
              <TableCell>{invoice.dueDate ? formatDate(invoice.dueDate, language) : '—'}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatCents(invoice.balanceCents, language)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: share > 0 ? 500 : undefined }}>
                {share > 0 ? formatCents(share, language) : '—'}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
