import { Alert, Box, Chip, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { Section } from '../../forms/Section';
import { formatDate, formatDateTime } from '../../format';
import { currentLanguage } from '../../i18n';
import type { Sending } from './types';

const COLORS = { sent: 'success', failed: 'error', pending: 'default' } as const;

function StatusCell({ sending }: { sending: Sending }) {
  const { t } = useTranslation();
  return (
    <TableCell data-status={sending.status}>
      <Chip size="small" color={COLORS[sending.status]} variant={sending.status === 'pending' ? 'outlined' : 'filled'} label={t(`network.log.statuses.${sending.status}`)} />
      {sending.failure && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {t(`network.log.failures.${sending.failure}`)}
        </Typography>
      )}
    </TableCell>
  );
}

function SendingRow({ sending }: { sending: Sending }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <TableRow data-sending={sending.id} sx={{ verticalAlign: 'top' }}>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {formatDateTime(sending.startedAt, language)}
        <Typography variant="body2" color="text.secondary">
          {t('network.log.by', { name: sending.staffName })}
        </Typography>
      </TableCell>
      <TableCell>
        {t('network.log.period_range', { start: formatDate(sending.periodStart, language), end: formatDate(sending.periodEnd, language) })}
        <Typography variant="body2" color="text.secondary" data-url sx={{ overflowWrap: 'anywhere' }}>
          {t('network.log.to', { url: sending.url })}
        </Typography>
      </TableCell>
      <StatusCell sending={sending} />
      <TableCell align="right" data-http sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {sending.httpStatus ?? '—'}
      </TableCell>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>{sending.detail}</TableCell>
    </TableRow>
  );
}

/** « Envois au réseau »: every attempt, newest first — when, by whom, what period, where, and how it went. */
export function SendingsLog() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const sendings = useApi('network.sendings', {});
  const rows = sendings.data ?? [];
  const headers = ['at', 'period', 'status', 'http', 'detail'] as const;
  return (
    <Section title={t('network.log.title')}>
      {sendings.error && <Alert severity="error">{errorText(sendings.error)}</Alert>}
      {sendings.isPending && <LinearProgress aria-label={t('app.loading')} />}
      {sendings.data && rows.length === 0 && <Typography color="text.secondary">{t('network.log.empty')}</Typography>}
      {rows.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('network.log.title')} sx={{ '& td, & th': { px: 1 } }}>
            <TableHead>
              <TableRow>
                {headers.map((header) => (
                  <TableCell key={header} align={header === 'http' ? 'right' : 'left'} sx={{ color: 'text.secondary', fontWeight: 500, whiteSpace: 'nowrap' }}>
                    {t(`network.log.columns.${header}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((sending) => (
                <SendingRow key={sending.id} sending={sending} />
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Section>
  );
}
