import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import LockOutlined from '@mui/icons-material/LockOutlined';
import LockOpenOutlined from '@mui/icons-material/LockOpenOutlined';
import { Alert, Box, Button, Chip, CircularProgress, Paper, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useNotify } from '../../app/notify';
import { downloadBase64 } from '../../download';
import { useErrorText } from '../../forms/errors';
import { formatDate, formatTime } from '../../format';
import { currentLanguage } from '../../i18n';
import { CloseDialog } from './CloseDialog';
import { ClosingDetails } from './ClosingDetails';
import { blockerName, nextDay, parisDay, type FiscalYearStatus } from './closingText';

/** One fiscal year: its period and what it holds; closed, its stored totals and archive; open, how to close it. */
export function YearCard({ status }: { status: FiscalYearStatus }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage();
  const [confirming, setConfirming] = useState(false);
  const title = t('closing.year', { year: status.year });
  const { closing } = status;
  const blocker = status.blocker && blockerName(status.blocker, (key) => i18n.exists(key));
  return (
    <Paper component="section" aria-label={title} data-year={status.year} sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2, rowGap: 1 }}>
        <Typography variant="h2">{title}</Typography>
        {closing ? (
          <Chip icon={<LockOutlined />} color="success" size="small" label={t('closing.closed')} />
        ) : (
          <Chip icon={<LockOpenOutlined />} variant="outlined" size="small" label={t('closing.open')} />
        )}
        <Box sx={{ flexGrow: 1 }} />
        {closing ? (
          <ArchiveButton year={status.year} />
        ) : (
          <Button
            variant="contained"
            color="warning"
            startIcon={<LockOutlined />}
            disabled={Boolean(blocker)}
            aria-describedby={blocker ? `blocker-${status.year}` : undefined}
            onClick={() => setConfirming(true)}
          >
            {t('closing.close')}
          </Button>
        )}
      </Box>
      <Typography color="text.secondary" sx={{ mt: 0.5 }}>
        {[
          t('closing.period', { start: formatDate(status.start, language), end: formatDate(status.end, language) }),
          t('closing.documents', { count: status.documents }),
          t('closing.payments', { count: status.payments }),
        ].join(' · ')}
      </Typography>
      {closing && (
        <>
          <Typography sx={{ mt: 0.5, fontWeight: 500 }} data-closed-on>
            {t('closing.closed_on', { date: formatDate(parisDay(closing.closedAt), language), time: formatTime(closing.closedAt, language), by: closing.closedBy })}
          </Typography>
          <ClosingDetails closing={closing} />
        </>
      )}
      {!closing && blocker && (
        <Alert severity="info" sx={{ mt: 2 }} data-blocker={blocker} id={`blocker-${status.year}`}>
          {t(`closing.blockers.${blocker}`, { after: formatDate(nextDay(status.end), language) })}
        </Alert>
      )}
      {confirming && <CloseDialog status={status} onClose={() => setConfirming(false)} />}
    </Paper>
  );
}

/** « Télécharger l’archive » of a closed year: built again from what is stored (a few seconds per hundred documents). */
function ArchiveButton({ year }: { year: number }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const file = await call('accounting.archive', { year });
      downloadBase64(file.fileName, file.base64, 'application/zip');
    } catch (error) {
      notify(errorText(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="outlined"
      startIcon={busy ? <CircularProgress size={18} color="inherit" /> : <DownloadOutlined />}
      disabled={busy}
      onClick={() => void save()}
      aria-busy={busy}
    >
      {busy ? t('closing.downloading') : t('closing.download')}
    </Button>
  );
}
