import SendOutlined from '@mui/icons-material/SendOutlined';
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { ReportSummary } from './ReportSummary';
import { SaveFilesButton } from './SaveFilesButton';
import { SendDialog } from './SendDialog';
import { SettingsSentence } from './SettingsLink';
import type { Outcome, Period, ReportAnswer } from './types';

/**
 * The period picked (`picker`), what the report is, « Enregistrer (JSON + CSV) » and « Envoyer au
 * réseau », and what came of them. Sending needs an address in Réglages › Réseau: without one the
 * button stays off and says so.
 */
export function ReportToolbar({ picker, answer, period, ready }: { picker: ReactNode; answer: ReportAnswer | undefined; period: Period; ready: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const network = useApi('settings.get', {}).data?.network;
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const noUrl = network !== undefined && network.url === '';
  return (
    <Paper component={Stack} spacing={1.5} sx={{ p: 2 }}>
      {picker}
      {answer && <ReportSummary answer={answer} />}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
        <SaveFilesButton period={period} previewed={answer?.sha256 ?? ''} disabled={!ready} onOutcome={setOutcome} />
        <Button
          variant="contained"
          startIcon={<SendOutlined />}
          disabled={!ready || !network || noUrl}
          aria-describedby="network-send-note"
          onClick={() => {
            setOutcome(undefined);
            setConfirming(true);
          }}
          sx={{ whiteSpace: 'nowrap' }}
        >
          {t('network.send.button')}
        </Button>
        <Typography variant="body2" color="text.secondary" id="network-send-note" sx={{ flex: '1 1 280px' }}>
          {noUrl ? <SettingsSentence i18nKey="network.send.no_url" /> : t('network.send.never_automatic')}
        </Typography>
      </Box>
      {outcome && (
        <Alert severity={outcome.severity} role={outcome.severity === 'error' ? 'alert' : 'status'} onClose={() => setOutcome(undefined)} data-outcome={outcome.severity}>
          {outcome.severity === 'success' ? t(outcome.key, outcome.params) : errorText(outcome.error)}
        </Alert>
      )}
      {confirming && answer && network && (
        <SendDialog answer={answer} period={period} url={network.url} timeoutSeconds={network.timeoutSeconds} onClose={() => setConfirming(false)} onOutcome={setOutcome} />
      )}
    </Paper>
  );
}
