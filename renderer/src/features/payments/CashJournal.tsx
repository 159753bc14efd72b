import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Alert, Box, Button, Paper, Stack, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { formatCents, formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { monthLabel } from '../calls/CallsMonth';
import { monthRange } from './PaymentsList';

/** « Journal de caisse »: the till over a month — what it held, each cash receipt or reversal, what it holds. */
export function CashJournal({ month }: { month: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const errorText = useErrorText();
  const journal = useApi('payments.cashJournal', monthRange(month), { keepPrevious: true });
  const association = useApi('settings.get', {}).data?.identity.name;
  const money = (cents: number) => (cents === 0 ? '' : formatCents(cents, language));
  const title = t('payments.cash.title', { month: monthLabel(month, language) });
  if (journal.error) return <Alert severity="error">{errorText(journal.error)}</Alert>;
  if (!journal.data) return null;
  const { openingCents, rows, closingCents, from, to } = journal.data;
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography data-print="only" sx={{ fontWeight: 700 }}>
            {association}
          </Typography>
          <Typography variant="h2">{title}</Typography>
        </Box>
        <Button variant="outlined" startIcon={<PrintOutlined />} onClick={() => window.print()} data-print="hide">
          {t('payments.print')}
        </Button>
      </Box>
      <Paper sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>{t('payments.columns.date')}</TableCell>
              <TableCell>{t('payments.columns.member')}</TableCell>
              <TableCell>{t('payments.cash.label')}</TableCell>
              <TableCell align="right">{t('payments.cash.in')}</TableCell>
              <TableCell align="right">{t('payments.cash.out')}</TableCell>
              <TableCell align="right">{t('payments.cash.balance')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            <TableRow data-row="opening">
              <TableCell>{formatDate(from, language)}</TableCell>
              <TableCell colSpan={4} sx={{ fontWeight: 500 }}>
                {t('payments.cash.opening')}
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
                {formatCents(openingCents, language)}
              </TableCell>
            </TableRow>
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={6} sx={{ color: 'text.secondary', textAlign: 'center', py: 3 }}>
                  {t('payments.cash.none')}
                </TableCell>
              </TableRow>
            )}
            {rows.map((row) => (
              <TableRow key={row.paymentId}>
                <TableCell>{formatDate(row.date, language)}</TableCell>
                <TableCell>{row.memberName}</TableCell>
                <TableCell>{t(`payments.cash.entry.${row.entry}`, { numbers: row.invoiceNumbers, id: row.reversesId })}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {money(row.inCents)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {money(row.outCents)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatCents(row.balanceCents, language)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter sx={{ '& .MuiTableCell-root': { color: 'text.primary', fontSize: '0.875rem' } }}>
            <TableRow data-row="closing">
              <TableCell>{formatDate(to, language)}</TableCell>
              <TableCell colSpan={2} sx={{ fontWeight: 500 }}>
                {t('payments.cash.closing')}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatCents(rows.reduce((sum, row) => sum + row.inCents, 0), language)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatCents(rows.reduce((sum, row) => sum + row.outCents, 0), language)}
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
                {formatCents(closingCents, language)}
              </TableCell>
            </TableRow>
          </TableFooter>
        </Table>
      </Paper>
    </Stack>
  );
}
