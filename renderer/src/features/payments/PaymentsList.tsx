import { Alert, Box, MenuItem, Paper, Stack, TextField, Typography, useMediaQuery } from '@mui/material';
import { DataGrid } from '@mui/x-data-grid';
import { endOfMonth, format, parseISO } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { formatCents } from '../../format';
import { currentLanguage } from '../../i18n';
import { monthLabel } from '../calls/CallsMonth';
import { MemberPicker } from '../planning/BookDialog';
import { METHODS, type Method } from './allocation';
import { usePaymentColumns, type Payment } from './PaymentsColumns';
import { ReverseDialog } from './ReverseDialog';

type Summary = OutputOf<'members.list'>[number];

/** `2026-11` → the first and last days of the month. */
export const monthRange = (month: string) => ({ from: `${month}-01`, to: format(endOfMonth(parseISO(`${month}-01`)), 'yyyy-MM-dd') });

/** « Paiements »: the month's payments, newest first, by method and member; a mistaken one is cancelled here. */
export function PaymentsList({ month }: { month: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const errorText = useErrorText();
  const narrow = useMediaQuery('(max-width: 1200px)');
  const [member, setMember] = useState<Summary | null>(null);
  const [method, setMethod] = useState<Method | ''>('');
  const [reversing, setReversing] = useState<Payment>();
  const payments = useApi('payments.list', { ...monthRange(month), ...(member && { memberId: member.id }), ...(method && { method }) }, { keepPrevious: true });
  // Cancelling a payment is the treasury's (the contract refuses the welcome desk anyway).
  const role = useApi('auth.status', {}).data?.signedIn?.role;
  const columns = usePaymentColumns({ onReverse: role === 'treasurer' || role === 'admin' ? setReversing : undefined });
  const rows = payments.data ?? [];
  const total = rows.reduce((sum, row) => sum + row.amountCents, 0);

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} role="group" aria-label={t('payments.filters')} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
        <Box sx={{ flex: 2, minWidth: 240 }}>
          <MemberPicker value={member} onChange={setMember} autoFocus={false} />
        </Box>
        <TextField select label={t('payments.method')} value={method} onChange={(event) => setMethod(event.target.value as Method | '')} sx={{ flex: 1, minWidth: 170 }}>
          <MenuItem value="">{t('payments.any_method')}</MenuItem>
          {METHODS.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`payments.methods.${value}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {payments.error && <Alert severity="error">{errorText(payments.error)}</Alert>}
      {rows.length > 0 && (
        <Typography color="text.secondary" role="status">
          {t('payments.count', { count: rows.length, total: formatCents(total, language) })}
        </Typography>
      )}
      {payments.data && rows.length === 0 ? (
        <Paper sx={{ p: 4, textAlign: 'center' }}>
          <Typography color="text.secondary">{t(member || method ? 'payments.none_filtered' : 'payments.none', { month: monthLabel(month, language) })}</Typography>
        </Paper>
      ) : (
        <Paper sx={{ height: Math.min(600, 112 + 52 * Math.max(rows.length, 3)) }}>
          <DataGrid
            aria-label={t('payments.list')}
            rows={rows}
            columns={columns}
            rowHeight={52}
            loading={payments.isLoading}
            disableRowSelectionOnClick
            columnVisibilityModel={{ depositNumber: !narrow || rows.some((row) => row.depositNumber !== null) }}
            getRowClassName={({ row }) => (row.reversedById !== null ? 'reversed' : row.reversesId !== null ? 'reversal' : '')}
            sx={{ '& .reversed, & .reversal': { color: 'text.secondary' }, '& .reversed .MuiDataGrid-cell[data-field="amountCents"]': { textDecoration: 'line-through' } }}
            initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
            pageSizeOptions={[25, 50, 100]}
          />
        </Paper>
      )}
      {reversing && <ReverseDialog payment={reversing} onClose={() => setReversing(undefined)} />}
    </Stack>
  );
}
