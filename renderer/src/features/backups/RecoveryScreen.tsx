import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import { Alert, Box, Button, Container, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type ApiFailure } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { useErrorText } from '../../forms/errors';
import { currentLanguage } from '../../i18n';
import { BackupsTable } from './BackupsTable';
import { backupTitle } from './labels';
import type { Backup, Recovery } from './types';

/**
 * Shown instead of the app when the database failed its start check: what happened, the newest
 * backup that passes its own check, and restoring it (the damaged file is set aside, never deleted).
 */
export function RecoveryScreen() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const status = useApi('recovery.status', {});
  const [choice, setChoice] = useState<Backup>();
  // Not the usual mutation, which refreshes every screen: the app would leave this screen before
  // saying what was done. « Reprendre » refreshes.
  const restore = useMutation<Recovery, ApiFailure, Pick<Backup, 'folder' | 'name'>>({ mutationFn: (input) => call('recovery.restore', input) });
  const damaged = status.data?.state === 'damaged' ? status.data : undefined;
  const recovered = restore.data?.state === 'recovered' ? restore.data : undefined;
  return (
    <Container maxWidth="md" sx={{ py: 4 }}>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
        <LanguageSwitch persist={false} />
      </Box>
      <Paper sx={{ p: 4 }}>
        <Stack spacing={2}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            {recovered ? <CheckCircleOutlined color="success" fontSize="large" /> : <ReportProblemOutlined color="error" fontSize="large" />}
            <Typography variant="h1">{t(recovered ? 'recovery.title_done' : 'recovery.title')}</Typography>
          </Stack>
          {status.isPending && <LinearProgress aria-label={t('app.loading')} />}
          {status.error && <Alert severity="error">{errorText(status.error)}</Alert>}
          {recovered && (
            <Alert
              severity="success"
              action={
                <Button color="inherit" onClick={() => void queryClient.resetQueries()}>
                  {t('recovery.carry_on')}
                </Button>
              }
            >
              {t('recovery.done', { backup: backupTitle(recovered.restored, language, t), copy: recovered.damagedCopy })}
            </Alert>
          )}
          {damaged && !recovered && (
            <>
              <Typography>{t('recovery.intro', { file: damaged.file })}</Typography>
              <Typography variant="body2" color="text.secondary" data-testid="damage-detail" sx={{ overflowWrap: 'anywhere' }}>
                {t('recovery.detail', { detail: damaged.detail })}
              </Typography>
              {damaged.latestGood ? (
                <Alert
                  severity="info"
                  data-testid="latest-good"
                  action={
                    <Button variant="contained" disabled={restore.isPending} onClick={() => setChoice(damaged.latestGood ?? undefined)}>
                      {t('recovery.restore_latest')}
                    </Button>
                  }
                >
                  {t('recovery.latest_good', { backup: backupTitle(damaged.latestGood, language, t) })}
                </Alert>
              ) : (
                <Alert severity="warning">{t('recovery.no_good_backup', { folder: damaged.backupFolder })}</Alert>
              )}
              {restore.isPending && <LinearProgress aria-label={t('backups.restoring')} />}
              {restore.error && <Alert severity="error">{errorText(restore.error)}</Alert>}
              <Typography variant="h2">{t('recovery.all_backups')}</Typography>
              <BackupsTable backups={damaged.backups} currentVersion={damaged.currentVersion} onRestore={restore.isPending ? undefined : setChoice} />
              <Typography variant="body2" color="text.secondary">
                {t('recovery.set_aside')}
              </Typography>
            </>
          )}
        </Stack>
      </Paper>
      {choice && (
        <ConfirmDialog
          title={t('recovery.confirm_title')}
          text={t('recovery.confirm_text', { backup: backupTitle(choice, language, t) })}
          confirmLabel={t('backups.confirm')}
          onConfirm={() => restore.mutate({ folder: choice.folder, name: choice.name })}
          onClose={() => setChoice(undefined)}
        />
      )}
    </Container>
  );
}
