import BackupOutlined from '@mui/icons-material/BackupOutlined';
import { Alert, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { forgetLastPerson } from '../../app/lastPerson';
import { useNotify } from '../../app/notify';
import { useErrorText } from '../../forms/errors';
import { PageHeader } from '../../forms/PageHeader';
import { formatDateTime } from '../../format';
import { currentLanguage } from '../../i18n';
import { Section } from '../../forms/Section';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupsTable } from './BackupsTable';
import { RestoreDialog } from './RestoreDialog';
import type { Backup, Overview } from './types';

function Folders({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  return (
    <Alert severity={overview.secondFolder && !overview.secondFolderReachable ? 'warning' : 'info'} sx={{ maxWidth: 880 }} data-testid="folders">
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {t('backups.main_folder', { folder: overview.mainFolder })}
      </Typography>
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {overview.secondFolder === null
          ? t('backups.no_second_folder')
          : t(overview.secondFolderReachable ? 'backups.second_folder' : 'backups.second_folder_missing', { folder: overview.secondFolder })}
      </Typography>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {t('backups.policy', { daily: overview.settings.keepDaily, weekly: overview.settings.keepWeekly, monthly: overview.settings.keepMonthly })}
      </Typography>
    </Alert>
  );
}

/**
 * « Sauvegardes »: the backups Relais makes by itself (every day and at quit) and on demand, where
 * they are, and restoring one after confirmation (admin). The rotation settings are here too.
 */
export function BackupsPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorText = useErrorText();
  const isAdmin = useApi('auth.status', {}).data?.signedIn?.role === 'admin';
  const overview = useApi('backups.list', {});
  const [restoring, setRestoring] = useState<Backup>();
  const create = useApiMutation('backups.create', {
    onSuccess: (made) => notify(made.secondError ? t('backups.made_without_second', { detail: made.secondError }) : t('backups.made'), made.secondError ? 'error' : 'success'),
  });
  const restore = useApiMutation('backups.restore', {
    onSuccess: () => {
      forgetLastPerson();
      notify(t('backups.restored'));
    },
  });
  const busy = create.isPending || restore.isPending;
  const actions = (
    <Button variant="contained" startIcon={<BackupOutlined />} disabled={busy} onClick={() => create.mutate({}, { onError: (error) => notify(errorText(error), 'error') })}>
      {t('backups.make_now')}
    </Button>
  );
  return (
    <Stack spacing={3}>
      <PageHeader title={t('backups.title')} intro={t('backups.intro')} actions={actions} />
      {busy && <LinearProgress aria-label={t(restore.isPending ? 'backups.restoring' : 'backups.making')} />}
      {restore.error && <Alert severity="error">{errorText(restore.error)}</Alert>}
      {overview.error && <Alert severity="error">{errorText(overview.error)}</Alert>}
      {overview.isPending && <LinearProgress aria-label={t('app.loading')} />}
      {overview.data?.lastFailure && (
        <Alert severity="error" sx={{ maxWidth: 880 }} data-testid="last-failure">
          {t('backups.last_failure', { at: formatDateTime(overview.data.lastFailure.at, currentLanguage()), detail: overview.data.lastFailure.detail })}
        </Alert>
      )}
      {overview.data && <Folders overview={overview.data} />}
      {overview.data && (
        <Section title={t('backups.kept')}>
          <BackupsTable backups={overview.data.backups} currentVersion={overview.data.currentVersion} onRestore={isAdmin && !busy ? setRestoring : undefined} />
        </Section>
      )}
      {overview.data && isAdmin && <BackupSettingsForm settings={overview.data.settings} />}
      {restoring && (
        <RestoreDialog backup={restoring} onConfirm={() => restore.mutate({ folder: restoring.folder, name: restoring.name })} onClose={() => setRestoring(undefined)} />
      )}
    </Stack>
  );
}
