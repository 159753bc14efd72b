import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import { useNotify } from '../../app/notify';
import { downloadBase64 } from '../../download';
import { useErrorText } from '../../forms/errors';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { durationText, type FiscalYearStatus } from './closingText';

/**
 * « Clôturer l’exercice ? »: says plainly that it is final, then closes the year and downloads its
 * archive. Building the archive takes a while (a PDF per document): the dialog stays, with the time
 * elapsed, and cannot be dismissed until the answer comes.
 */
export function CloseDialog({ status, onClose }: { status: FiscalYearStatus; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const notify = useNotify();
  const errorText = useErrorText();
  // Set on the mutation itself, so that the archive is saved even if the screen was left meanwhile.
  const close = useApiMutation('accounting.close', {
    onSuccess: (answer) => {
      downloadBase64(answer.fileName, answer.base64, 'application/zip');
      notify(t('closing.done', { year: answer.closing.year }));
    },
  });
  const working = close.isPending;
  const seconds = useElapsedSeconds(working);
  const duration = durationText(t, status.documents);
  const dismiss = () => {
    if (!working) onClose();
  };
  return (
    <Dialog open onClose={dismiss} fullWidth maxWidth="sm" aria-describedby="close-year-final">
      <DialogTitle>{t('closing.confirm_title', { year: status.year })}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" id="close-year-final" sx={{ mb: 2 }}>
          <Typography sx={{ fontWeight: 600 }}>{t('closing.confirm_final')}</Typography>
          {t('closing.confirm_text', { start: formatDate(status.start, language), end: formatDate(status.end, language) })}
        </Alert>
        <DialogContentText>{t('closing.confirm_archive', { duration })}</DialogContentText>
        {working && (
          <Box role="status" sx={{ mt: 2 }}>
            <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2 }}>
              <Typography sx={{ fontWeight: 500, flexGrow: 1 }}>{t('closing.working')}</Typography>
              <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                {t('closing.elapsed', { seconds })}
              </Typography>
            </Box>
            <LinearProgress sx={{ my: 1 }} aria-label={t('closing.working')} />
            <Typography variant="body2" color="text.secondary">
              {t('closing.working_help', { duration })}
            </Typography>
          </Box>
        )}
        {close.error && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {errorText(close.error)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={dismiss} disabled={working} autoFocus>
          {t('actions.cancel')}
        </Button>
        <Button
          color="warning"
          variant="contained"
          disabled={working}
          startIcon={working ? <CircularProgress size={18} color="inherit" /> : undefined}
          onClick={() => close.mutate({ year: status.year }, { onSuccess: onClose })}
        >
          {t('closing.confirm_button')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Seconds since `running` became true (0 when it is not). */
function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = performance.now();
    const timer = setInterval(() => setSeconds(Math.floor((performance.now() - started) / 1000)), 1000);
    return () => {
      clearInterval(timer);
      setSeconds(0);
    };
  }, [running]);
  return seconds;
}
