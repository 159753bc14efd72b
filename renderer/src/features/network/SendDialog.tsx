import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { currentLanguage } from '../../i18n';
import { formatSize, utf8Bytes } from './figures';
import { periodName } from './period';
import type { Outcome, Period, ReportAnswer } from './types';

/**
 * « Envoyer le rapport au réseau ? »: names where it goes, the period and the size, then posts the
 * report previewed (its SHA-256 with it: refused if it changed meanwhile). It cannot be dismissed
 * while the network has not answered; the answer, good or bad, shows on the page and in the log.
 */
export function SendDialog({ answer, period, url, timeoutSeconds, onClose, onOutcome }: { answer: ReportAnswer; period: Period; url: string; timeoutSeconds: number; onClose: () => void; onOutcome: (outcome: Outcome) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [sending, setSending] = useState(false);
  const size = formatSize(utf8Bytes(answer.json), currentLanguage());

  const send = async () => {
    setSending(true);
    try {
      const { sending: sent } = await call('network.send', { ...period, sha256: answer.sha256 });
      onOutcome({ severity: 'success', key: 'network.send.sent', params: { url: sent.url, status: sent.httpStatus ?? '' } });
    } catch (error) {
      onOutcome({ severity: 'error', error });
    } finally {
      // Sent or not, the attempt is in the log; a refusal for a changed report needs a fresh preview.
      await queryClient.invalidateQueries();
      setSending(false);
      onClose();
    }
  };

  return (
    <Dialog open onClose={sending ? undefined : onClose} aria-describedby="network-send-text" fullWidth maxWidth="sm">
      <DialogTitle>{t('network.send.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="network-send-text" component="div">
          <Typography>{t('network.send.text', { period: periodName(period, t), size })}</Typography>
          <Box component="code" data-url sx={{ display: 'block', my: 1.5, p: 1, bgcolor: 'grey.100', borderRadius: 1, fontFamily: 'monospace', overflowWrap: 'anywhere', color: 'text.primary' }}>
            {url}
          </Box>
          <Typography variant="body2">{t('network.send.exactly')}</Typography>
        </DialogContentText>
        {sending && (
          <Box role="status" sx={{ mt: 2 }}>
            <Typography sx={{ fontWeight: 500 }}>{t('network.send.sending', { seconds: timeoutSeconds })}</Typography>
            <LinearProgress sx={{ mt: 1 }} aria-label={t('network.send.sending_short')} />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={sending} autoFocus>
          {t('actions.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void send()} disabled={sending}>
          {t('network.send.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
