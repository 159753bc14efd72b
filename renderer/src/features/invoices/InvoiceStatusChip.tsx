import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';

export type Invoice = OutputOf<'invoices.list'>[number];
export type InvoiceStatus = Invoice['status'];

/** Red for what is late, orange for what is half done, green for what is settled, blue for a credit note. */
const COLOURS: Record<InvoiceStatus, 'default' | 'error' | 'warning' | 'success' | 'info'> = {
  draft: 'default',
  unpaid: 'default',
  partial: 'warning',
  overdue: 'error',
  paid: 'success',
  cancelled: 'default',
  'credit-note': 'info',
};

/** Every status, in the order the filter lists them. */
export const INVOICE_STATUSES = Object.keys(COLOURS) as InvoiceStatus[];

/** Where a document stands, in words and colour. */
export function InvoiceStatusChip({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  return <Chip size="small" variant={status === 'unpaid' || status === 'cancelled' ? 'outlined' : 'filled'} color={COLOURS[status]} label={t(`invoices.statuses.${status}`)} />;
}
