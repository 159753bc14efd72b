import { Button, Link, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OutputOf } from '../../../../main/api/contract';
import { formatCents, formatDate, formatPhone } from '../../format';
import { currentLanguage } from '../../i18n';

export type Overdue = OutputOf<'invoices.overdue'>[number];
export type Age = Overdue['age'];
export const AGES = ['1-30', '31-60', '61-90', '90+'] as const satisfies readonly Age[];

/** The overdue invoices grouped by age, the longest overdue first, each group with its subtotal. */
export function OverdueTable({ rows, onRemind }: { rows: Overdue[]; onRemind: (invoice: Overdue) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const groups = [...AGES].reverse().map((age) => ({ age, rows: rows.filter((row) => row.age === age) })).filter((group) => group.rows.length > 0);
  return (
    <Paper sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={t('nav.overdue')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('payments.overdue.number')}</TableCell>
            <TableCell>{t('payments.overdue.client')}</TableCell>
            <TableCell>{t('payments.overdue.due_date')}</TableCell>
            <TableCell align="right">{t('payments.overdue.days_late')}</TableCell>
            <TableCell align="right">{t('payments.overdue.balance')}</TableCell>
            <TableCell>{t('payments.overdue.contact')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {groups.map((group) => (
            <Fragment key={group.age}>
              <TableRow data-age={group.age} sx={{ bgcolor: 'action.hover' }}>
                <TableCell component="th" scope="rowgroup" colSpan={4} sx={{ fontWeight: 500 }}>
                  {t(`payments.overdue.ages.${group.age}`)} · {t('payments.overdue.invoices', { count: group.rows.length })}
                </TableCell>
                <TableCell align="right" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
                  {formatCents(group.rows.reduce((sum, row) => sum + row.balanceCents, 0), language)}
                </TableCell>
                <TableCell colSpan={2} />
              </TableRow>
              {group.rows.map((row) => (
                <TableRow key={row.id} hover>
                  <TableCell>
                    <Link component={RouterLink} to={`/invoices/${row.id}`}>
                      {row.number}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={`/members/${row.memberId}`} color="inherit">
                      {row.buyerName}
                    </Link>
                  </TableCell>
                  <TableCell>{formatDate(row.dueDate, language)}</TableCell>
                  <TableCell align="right">{row.daysLate}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {formatCents(row.balanceCents, language)}
                  </TableCell>
                  <TableCell sx={{ maxWidth: 220 }}>
                    <Typography variant="body2" noWrap title={row.email}>
                      {row.email || '—'}
                    </Typography>
                    {row.phone && (
                      <Typography variant="body2" color="text.secondary" noWrap>
                        {formatPhone(row.phone)}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell align="right">
                    <Button size="small" variant="outlined" onClick={() => onRemind(row)} aria-label={t('payments.overdue.remind_label', { number: row.number })}>
                      {t('payments.overdue.remind')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </Fragment>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
