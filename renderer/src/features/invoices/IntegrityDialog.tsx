import { Alert, AlertTitle, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { call, type ApiFailure } from '../../api/client';
import { useErrorText } from '../../forms/errors';
import { shortHash } from './invoiceText';

type Report = OutputOf<'ledger.verify'>;
type Problem = Report['problems'][number];

/** « Vérifier l'intégrité »: the chain of invoices, credit notes and payments recomputed, and what does not match. */
export function IntegrityDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  // Each opening checks the file as it is now: no answer is kept from an earlier check.
  const report = useQuery<Report, ApiFailure>({ queryKey: ['ledger.verify', {}], queryFn: () => call('ledger.verify', {}), staleTime: 0, gcTime: 0 });
  const fresh = report.isFetching ? undefined : report.data;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('invoices.integrity.title')}</DialogTitle>
      <DialogContent>
        {report.isFetching && <LinearProgress aria-label={t('invoices.integrity.checking')} />}
        {report.error && <Alert severity="error">{errorText(report.error)}</Alert>}
        {fresh && (fresh.intact ? <Intact report={fresh} /> : <Broken report={fresh} />)}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void report.refetch()} disabled={report.isFetching}>
          {t('invoices.integrity.again')}
        </Button>
        <Button onClick={onClose} variant="contained" autoFocus>
          {t('actions.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function Intact({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <Alert severity="success" role="status">
      <AlertTitle>{t('invoices.integrity.intact', { count: report.records })}</AlertTitle>
      {report.lastHash ? (
        <>
          {t('invoices.integrity.last_hash')}{' '}
          <Box component="code" title={report.lastHash} sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
            {shortHash(report.lastHash)}
          </Box>
        </>
      ) : (
        t('invoices.integrity.empty')
      )}
    </Alert>
  );
}

function Broken({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert severity="error" role="alert">
        <AlertTitle>{t('invoices.integrity.broken', { count: report.problems.length })}</AlertTitle>
        {t('invoices.integrity.advice')}
      </Alert>
      <List dense aria-label={t('invoices.integrity.problems')}>
        {report.problems.map((problem, index) => (
          <ProblemLine key={`${problem.record}-${problem.recordId}-${problem.problem}-${index}`} problem={problem} />
        ))}
      </List>
    </>
  );
}

function ProblemLine({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  const record = problem.number ?? t(`invoices.integrity.records.${problem.record}`, { id: problem.recordId });
  return (
    <ListItem disableGutters>
      <ListItemText
        primary={
          <>
            <Typography component="span" color="error" sx={{ fontWeight: 600 }}>
              {record}
            </Typography>{' '}
            — {t(`invoices.integrity.problem.${problem.problem}`)}
          </>
        }
        secondary={problem.position === null ? t('invoices.integrity.not_chained') : t('invoices.integrity.position', { position: problem.position })}
      />
    </ListItem>
  );
}
