import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import { Box, IconButton, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../app/notify';
import { formatCents } from '../../format';
import { currentLanguage } from '../../i18n';
import type { Closing } from './closingText';

const amount = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** What closing stored for ever: the year's totals, the perpetual total and the chain's last link. */
export function ClosingDetails({ closing }: { closing: Closing }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const euros = (cents: number) => formatCents(cents, language);
  const rows = [
    ['invoices', closing.invoices],
    ['credit_notes', closing.creditNotes],
  ] as const;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }, gap: 3, mt: 2 }}>
      <Box>
        <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 500, mb: 0.5 }} id={`totals-${closing.year}`}>
          {t('closing.totals')}
        </Typography>
        <Table size="small" aria-labelledby={`totals-${closing.year}`}>
          <TableHead>
            <TableRow>
              <TableCell>{t('closing.kind')}</TableCell>
              <TableCell sx={amount}>{t('closing.count')}</TableCell>
              <TableCell sx={amount}>{t('closing.net')}</TableCell>
              <TableCell sx={amount}>{t('closing.vat')}</TableCell>
              <TableCell sx={amount}>{t('closing.gross')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(([key, totals]) => (
              <TableRow key={key} data-totals={key}>
                <TableCell component="th" scope="row">
                  {t(`closing.${key}`)}
                </TableCell>
                <TableCell sx={amount}>{totals.count}</TableCell>
                <TableCell sx={amount}>{euros(totals.netCents)}</TableCell>
                <TableCell sx={amount}>{euros(totals.vatCents)}</TableCell>
                <TableCell sx={amount}>{euros(totals.grossCents)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 3, rowGap: 0.5, mt: 1.5, mb: 0, '& dd': { m: 0 } }}>
          <Typography component="dt" color="text.secondary">
            {t('closing.payments_label')}
          </Typography>
          <Typography component="dd" data-figure="payments">
            {t('closing.payments', { count: closing.payments.count })} · <b>{euros(closing.payments.amountCents)}</b>
          </Typography>
          <Typography component="dt" color="text.secondary">
            {t('closing.deposits_label')}
          </Typography>
          <Typography component="dd" data-figure="deposits">
            {t('closing.deposits', { count: closing.deposits.count })} · <b>{euros(closing.deposits.amountCents)}</b>
          </Typography>
          <Typography component="dt" color="text.secondary">
            {t('closing.perpetual')}
          </Typography>
          <Typography component="dd" data-figure="perpetual">
            <b>{euros(closing.perpetualGrossCents)}</b>
            <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
              {t('closing.perpetual_help')}
            </Typography>
          </Typography>
        </Box>
      </Box>
      <ChainLink closing={closing} />
    </Box>
  );
}

/** The chain's position and last hash when the year was closed: monospace, copied in one click. */
function ChainLink({ closing }: { closing: Closing }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(closing.chainHash);
      notify(t('closing.copied'));
    } catch {
      notify(t('app.unexpected_error'), 'error');
    }
  };
  return (
    <Box>
      <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 500, mb: 0.5 }}>
        {t('closing.chain')}
      </Typography>
      <Box component="dl" sx={{ m: 0, '& dd': { m: 0 } }}>
        <Typography component="dt" variant="body2" color="text.secondary">
          {t('closing.chain_position')}
        </Typography>
        <Typography component="dd" data-figure="position" sx={{ mb: 1 }}>
          {closing.chainPosition}
        </Typography>
        <Typography component="dt" variant="body2" color="text.secondary">
          {t('closing.chain_hash')}
        </Typography>
        {closing.chainHash ? (
          <Box component="dd" sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5 }}>
            <Box
              component="code"
              data-figure="hash"
              sx={{ fontFamily: 'monospace', fontSize: '0.85rem', overflowWrap: 'anywhere', bgcolor: 'action.hover', borderRadius: 1, px: 1, py: 0.5, userSelect: 'all', flexGrow: 1 }}
            >
              {closing.chainHash}
            </Box>
            <Tooltip title={t('closing.copy_hash')}>
              <IconButton size="small" aria-label={t('closing.copy_hash')} onClick={() => void copy()}>
                <ContentCopyOutlined fontSize="small" />
              </IconButton>
            </Tooltip>
          </Box>
        ) : (
          <Typography component="dd" data-figure="hash">
            —
          </Typography>
        )}
      </Box>
    </Box>
  );
}
