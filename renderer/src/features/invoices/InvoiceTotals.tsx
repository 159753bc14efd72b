import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatCents, formatRate } from '../../format';
import { currentLanguage } from '../../i18n';
import type { Detail } from './InvoiceHeader';

interface Row {
  label: string;
  cents: number;
  strong?: boolean;
  tone?: 'error';
}

/** Totals as the document states them (per VAT rate once issued), then what was credited, paid and is still due. */
export function InvoiceTotals({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { summary, document } = detail;
  const vatRows: Row[] = document
    ? document.byRate.map((rate) => ({
        label: document.vat.exemptionWording && rate.vatBp === 0 ? document.vat.exemptionWording : t('invoices.vat_at', { rate: formatRate(rate.vatBp, language), net: formatCents(rate.netCents, language) }),
        cents: rate.vatCents,
      }))
    : [{ label: t('invoices.vat_estimate'), cents: summary.vatCents }];
  const rows: Row[] = [
    { label: t('invoices.net_total'), cents: summary.netCents },
    ...vatRows,
    { label: t('invoices.gross_total'), cents: summary.totalCents, strong: true },
  ];
  if (summary.kind === 'invoice' && summary.number !== null) {
    if (summary.creditedCents !== 0) rows.push({ label: t('invoices.credited'), cents: -summary.creditedCents });
    rows.push({ label: t('invoices.paid'), cents: summary.paidCents });
    rows.push({ label: t('invoices.balance'), cents: summary.balanceCents, strong: true, tone: summary.status === 'overdue' ? 'error' : undefined });
  }
  return (
    <Table size="small" aria-label={t('invoices.totals')} sx={{ width: 'auto', minWidth: 320, ml: 'auto', '& td': { borderBottom: 0, py: 0.5 } }}>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.label}>
            <TableCell component="th" scope="row" sx={{ fontWeight: row.strong ? 600 : 400, color: 'text.secondary', border: 0 }}>
              {row.label}
            </TableCell>
            <TableCell align="right" sx={{ fontWeight: row.strong ? 600 : 400, whiteSpace: 'nowrap', color: row.tone === 'error' ? 'error.main' : undefined }}>
              {formatCents(row.cents, language)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
