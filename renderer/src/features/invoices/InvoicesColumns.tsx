import { Typography } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { formatCents, formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { InvoiceStatusChip, type Invoice } from './InvoiceStatusChip';

/** The list's columns: amounts in euros, right-aligned; a draft has neither number nor date yet. */
export function useInvoiceColumns(): GridColDef<Invoice>[] {
  const { t } = useTranslation();
  const language = currentLanguage();
  const money = (field: keyof Invoice, header: string, width = 96): GridColDef<Invoice> => ({
    field,
    headerName: header,
    type: 'number',
    width,
    valueFormatter: (value: number) => formatCents(value, language),
  });
  return [
    {
      field: 'number',
      headerName: t('invoices.columns.number'),
      width: 100,
      renderCell: ({ row }) =>
        row.number ?? (
          <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic', lineHeight: 'inherit' }}>
            {t('invoices.statuses.draft')}
          </Typography>
        ),
    },
    { field: 'date', headerName: t('invoices.columns.date'), width: 102, valueFormatter: (value: string | null) => (value ? formatDate(value, language) : '—') },
    { field: 'buyerName', headerName: t('invoices.columns.buyer'), flex: 1, minWidth: 110 },
    money('netCents', t('invoices.columns.net')),
    money('vatCents', t('invoices.columns.vat'), 88),
    money('totalCents', t('invoices.columns.total')),
    money('paidCents', t('invoices.columns.paid'), 92),
    money('balanceCents', t('invoices.columns.balance')),
    { field: 'status', headerName: t('invoices.columns.status'), width: 138, renderCell: ({ row }) => <InvoiceStatusChip status={row.status} /> },
  ];
}
