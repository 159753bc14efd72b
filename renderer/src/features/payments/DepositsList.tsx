import { Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApi } from '../../api/hooks';
import { Section } from '../../forms/Section';
import { formatCents, formatDate } from '../../format';
import { currentLanguage } from '../../i18n';

/** The deposit slips made, newest first; each opens to print again. */
export function DepositsList() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const deposits = useApi('payments.deposits', {});
  const rows = deposits.data ?? [];
  return (
    <Section title={t('payments.deposit.past')}>
      {deposits.data && rows.length === 0 ? (
        <Typography color="text.secondary">{t('payments.deposit.none_past')}</Typography>
      ) : (
        <Table size="small" aria-label={t('payments.deposit.past')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('payments.deposit.number')}</TableCell>
              <TableCell>{t('payments.columns.date')}</TableCell>
              <TableCell>{t('payments.deposit.bank')}</TableCell>
              <TableCell align="right">{t('payments.deposit.count')}</TableCell>
              <TableCell align="right">{t('payments.deposit.total')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((slip) => (
              <TableRow key={slip.id}>
                <TableCell>
                  <Link component={RouterLink} to={`/payments/deposits/${slip.id}`}>
                    {slip.number}
                  </Link>
                </TableCell>
                <TableCell>{formatDate(slip.date, language)}</TableCell>
                <TableCell>{slip.bank || '—'}</TableCell>
                <TableCell align="right">{slip.count}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatCents(slip.totalCents, language)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
