import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Alert, Box, Button, LinearProgress, Paper, Stack, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { formatCents, formatDate, formatSiret } from '../../format';
import { currentLanguage } from '../../i18n';
import { PrintStyles } from './PrintStyles';

type Slip = OutputOf<'payments.depositSlip'>;
type Identity = OutputOf<'settings.get'>['identity'];

/** « Bordereau de remise de chèques n° R2026-001 »: the page handed to the bank with the cheques. */
export function DepositSlipPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const depositId = Number(useParams().depositId);
  const slip = useApi('payments.depositSlip', { depositId }, { enabled: Number.isInteger(depositId) && depositId > 0 });
  const settings = useApi('settings.get', {});
  const error = slip.error ?? settings.error;
  return (
    <Stack spacing={2}>
      <PrintStyles />
      <Stack direction="row" spacing={1} data-print="hide" sx={{ justifyContent: 'space-between', maxWidth: 880 }}>
        <Button component={RouterLink} to="/payments?view=cheques" startIcon={<ArrowBackOutlined />} size="small">
          {t('payments.slip.back')}
        </Button>
        {slip.data && (
          <Button variant="contained" startIcon={<PrintOutlined />} onClick={() => window.print()}>
            {t('payments.print')}
          </Button>
        )}
      </Stack>
      {error && <Alert severity="error">{errorText(error)}</Alert>}
      {!error && (!slip.data || !settings.data) && <LinearProgress aria-label={t('app.loading')} />}
      {slip.data && settings.data && <SlipSheet slip={slip.data} identity={settings.data.identity} iban={settings.data.invoicing.iban} />}
    </Stack>
  );
}

function SlipSheet({ slip, identity, iban }: { slip: Slip; identity: Identity; iban: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const address = [identity.address, [identity.postcode, identity.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <Paper component="article" aria-labelledby="slip-title" sx={{ p: { xs: 2, md: 4 }, maxWidth: 880 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, justifyContent: 'space-between', mb: 3 }}>
        <Box>
          <Typography sx={{ fontWeight: 700 }}>{identity.name}</Typography>
          {address && <Typography variant="body2">{address}</Typography>}
          {identity.siret && <Typography variant="body2">{t('payments.slip.siret', { siret: formatSiret(identity.siret) })}</Typography>}
        </Box>
        <Box sx={{ textAlign: { sm: 'right' } }}>
          <Typography variant="body2">{t('payments.slip.date', { date: formatDate(slip.date, language) })}</Typography>
          <Typography variant="body2">{t('payments.slip.bank', { bank: slip.bank || '—' })}</Typography>
          {iban && <Typography variant="body2">{t('payments.slip.account', { iban: iban.replace(/(.{4})(?=.)/g, '$1 ') })}</Typography>}
        </Box>
      </Box>
      <Typography variant="h1" id="slip-title" sx={{ mb: 3 }}>
        {t('payments.slip.title', { number: slip.number })}
      </Typography>
      <Table size="small" aria-label={t('payments.slip.cheques')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('payments.cheque_drawer')}</TableCell>
            <TableCell>{t('payments.cheque_bank')}</TableCell>
            <TableCell>{t('payments.cheque_number')}</TableCell>
            <TableCell align="right">{t('payments.columns.amount')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {slip.cheques.map((cheque) => (
            <TableRow key={cheque.paymentId}>
              <TableCell>{cheque.drawer}</TableCell>
              <TableCell>{cheque.bank}</TableCell>
              <TableCell>{cheque.number}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatCents(cheque.amountCents, language)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter sx={{ '& .MuiTableCell-root': { color: 'text.primary', fontSize: '0.95rem' } }}>
          <TableRow data-row="total">
            <TableCell colSpan={3} sx={{ fontWeight: 500 }}>
              {t('payments.slip.count', { count: slip.count })}
            </TableCell>
            <TableCell align="right" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
              {formatCents(slip.totalCents, language)}
            </TableCell>
          </TableRow>
        </TableFooter>
      </Table>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 6 }}>
        <Box sx={{ width: 280 }}>
          <Typography variant="body2">{t('payments.slip.signature')}</Typography>
          <Box sx={{ borderBottom: 1, borderColor: 'text.primary', height: 64 }} />
        </Box>
      </Box>
    </Paper>
  );
}
