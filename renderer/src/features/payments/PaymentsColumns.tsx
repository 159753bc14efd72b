import { Button, Chip, Link, Stack, Typography } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OutputOf } from '../../../../main/api/contract';
import { formatCents, formatDate } from '../../format';
import { currentLanguage } from '../../i18n';

export type Payment = OutputOf<'payments.list'>[number];

const cellStack = { height: '100%', justifyContent: 'center', minWidth: 0 } as const;

/** A cheque's drawer, bank and number, or a transfer's reference: what says which payment this is. */
function detailOf(payment: Payment, t: TFunction): string {
  if (payment.method !== 'cheque') return payment.reference;
  return [payment.chequeDrawer, payment.chequeBank, payment.chequeNumber && t('payments.cheque_no', { number: payment.chequeNumber })].filter(Boolean).join(' · ');
}

/** The columns of the payments grid; a narrow screen leaves the deposit slip out. */
export function usePaymentColumns({ onReverse }: { onReverse: ((payment: Payment) => void) | undefined }): GridColDef<Payment>[] {
  const { t } = useTranslation();
  const language = currentLanguage();
  return [
    { field: 'date', headerName: t('payments.columns.date'), width: 104, valueFormatter: (value: string) => formatDate(value, language) },
    {
      field: 'memberName',
      headerName: t('payments.columns.member'),
      flex: 1,
      minWidth: 130,
      renderCell: ({ row, tabIndex }) => (
        <Link component={RouterLink} to={`/members/${row.memberId}`} tabIndex={tabIndex}>
          {row.memberName}
        </Link>
      ),
    },
    {
      field: 'method',
      headerName: t('payments.columns.method'),
      flex: 1,
      minWidth: 130,
      renderCell: ({ row }) => (
        <Stack sx={cellStack}>
          <Typography variant="body2" noWrap>
            {t(`payments.methods.${row.method}`)}
          </Typography>
          {detailOf(row, t) && (
            <Typography variant="caption" color="text.secondary" noWrap title={detailOf(row, t)}>
              {detailOf(row, t)}
            </Typography>
          )}
        </Stack>
      ),
    },
    { field: 'amountCents', headerName: t('payments.columns.amount'), type: 'number', width: 110, valueFormatter: (value: number) => formatCents(value, language) },
    {
      field: 'allocations',
      headerName: t('payments.columns.invoices'),
      flex: 1,
      minWidth: 120,
      sortable: false,
      renderCell: ({ row }) => <SettledCell payment={row} />,
    },
    { field: 'depositNumber', headerName: t('payments.columns.deposit'), width: 100, valueFormatter: (value: string | null) => value ?? '' },
    {
      field: 'state',
      headerName: t('payments.columns.state'),
      width: 150,
      sortable: false,
      renderCell: ({ row, tabIndex }) => {
        if (row.reversesId !== null) return <Chip size="small" variant="outlined" label={t('payments.reversal_of', { id: row.reversesId })} />;
        if (row.reversedById !== null) return <Chip size="small" color="warning" label={t('payments.reversed')} />;
        if (!onReverse) return null;
        return (
          <Button size="small" color="warning" tabIndex={tabIndex} onClick={() => onReverse(row)} aria-label={t('payments.reverse_label', { id: row.id, name: row.memberName })}>
            {t('payments.reverse')}
          </Button>
        );
      },
    },
  ];
}

/** The invoices a payment settled (links), and what it left as credit. */
function SettledCell({ payment }: { payment: Payment }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Stack sx={cellStack}>
      <Typography variant="body2" noWrap>
        {payment.allocations.map((allocation, index) => (
          <span key={allocation.invoiceId}>
            {index > 0 && ', '}
            <Link component={RouterLink} to={`/invoices/${allocation.invoiceId}`} tabIndex={-1}>
              {allocation.number}
            </Link>
          </span>
        ))}
      </Typography>
      {payment.unallocatedCents !== 0 && payment.reversesId === null && (
        <Typography variant="caption" color="text.secondary" noWrap>
          {t('payments.as_credit', { amount: formatCents(payment.unallocatedCents, language) })}
        </Typography>
      )}
    </Stack>
  );
}
