import { Alert, Chip, Link, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { formatCents } from '../../format';
import { currentLanguage } from '../../i18n';
import { monthLabel } from './CallsMonth';

type Line = OutputOf<'calls.summary'>[number];
const FIGURES = ['calls', 'minutes', 'includedMinutes', 'allowanceMinutes', 'rebilledMinutes'] as const;
const HEADERS: Record<(typeof FIGURES)[number], string> = {
  calls: 'calls.sum.calls',
  minutes: 'calls.sum.minutes',
  includedMinutes: 'calls.sum.included',
  allowanceMinutes: 'calls.sum.allowance',
  rebilledMinutes: 'calls.sum.rebilled',
};

function ForbiddenCount({ count }: { count: number }) {
  return count > 0 ? <Chip size="small" color="warning" label={count} /> : <>0</>;
}

/** Per member, the month's calls and what they come to under the policy; a totals line under them. */
export function MonthlySummary({ month }: { month: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const language = currentLanguage();
  const summary = useApi('calls.summary', { month }, { keepPrevious: true });
  // Calls out nobody has been named for are billed to no one: the desk is told how many are waiting.
  const unassigned = (useApi('calls.list', { month }, { keepPrevious: true }).data ?? []).filter((call) => call.memberId === null && call.direction === 'out').length;
  const lines = summary.data ?? [];
  const total = (key: keyof Line) => lines.reduce((sum, line) => sum + (line[key] as number), 0);

  return (
    <Stack spacing={2}>
      {summary.error && <Alert severity="error">{errorText(summary.error)}</Alert>}
      {unassigned > 0 && <Alert severity="info">{t('calls.unassigned', { count: unassigned })}</Alert>}
      {summary.data && lines.length === 0 && (
        <Paper sx={{ p: 4, textAlign: 'center' }}>
          <Typography color="text.secondary">{t('calls.summary_none', { month: monthLabel(month, language) })}</Typography>
        </Paper>
      )}
      {lines.length > 0 && (
        <TableContainer component={Paper}>
          <Table size="small" aria-label={t('calls.summary')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('calls.sum.member')}</TableCell>
                {FIGURES.map((key) => (
                  <TableCell key={key} align="right">
                    {t(HEADERS[key])}
                  </TableCell>
                ))}
                <TableCell align="right">{t('calls.sum.amount')}</TableCell>
                <TableCell align="right">{t('calls.sum.forbidden')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {lines.map((line) => (
                <TableRow key={line.memberId} hover>
                  <TableCell>
                    <Link component={RouterLink} to={`/members/${line.memberId}`}>
                      {line.memberName}
                    </Link>
                  </TableCell>
                  {FIGURES.map((key) => (
                    <TableCell key={key} align="right">
                      {line[key]}
                    </TableCell>
                  ))}
                  <TableCell align="right" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
                    {formatCents(line.amountCents, language)}
                  </TableCell>
                  <TableCell align="right">
                    <ForbiddenCount count={line.forbiddenCalls} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
            <TableFooter sx={{ '& td': { fontWeight: 600, color: 'text.primary', fontSize: 'inherit', borderBottom: 0 } }}>
              <TableRow>
                <TableCell>{t('calls.total')}</TableCell>
                {FIGURES.map((key) => (
                  <TableCell key={key} align="right">
                    {total(key)}
                  </TableCell>
                ))}
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatCents(total('amountCents'), language)}
                </TableCell>
                <TableCell align="right">
                  <ForbiddenCount count={total('forbiddenCalls')} />
                </TableCell>
              </TableRow>
            </TableFooter>
          </Table>
        </TableContainer>
      )}
      <Typography variant="body2" color="text.secondary">
        {t('calls.summary_note')}
      </Typography>
    </Stack>
  );
}
