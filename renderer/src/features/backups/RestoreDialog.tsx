import { Alert, LinearProgress } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { useErrorText } from '../../forms/errors';
import { currentLanguage } from '../../i18n';
import { backupTitle } from './labels';
import type { Backup } from './types';

/**
 * « Restaurer cette sauvegarde ? », with what it would take off the books: issued invoices and
 * credit notes (whose numbers would be issued again) and payments — said before, not discovered after.
 */
export function RestoreDialog({ backup, onConfirm, onClose }: { backup: Backup; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const loss = useApi('backups.compare', { folder: backup.folder, name: backup.name });
  const lost = loss.data && (loss.data.documents > 0 || loss.data.payments > 0) ? loss.data : undefined;
  return (
    <ConfirmDialog
      title={t('backups.confirm_title')}
      text={t('backups.confirm_text', { backup: backupTitle(backup, currentLanguage(), t) })}
      confirmLabel={t('backups.confirm')}
      confirmDisabled={!loss.data}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      {loss.isPending && <LinearProgress aria-label={t('app.loading')} sx={{ mt: 2 }} />}
      {loss.error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {errorText(loss.error)}
        </Alert>
      )}
      {lost && (
        <Alert severity="warning" sx={{ mt: 2 }} data-testid="restore-loss">
          {t('backups.loss', {
            documents: lost.documents,
            numbers: lost.numbers.join(', ') + (lost.documents > lost.numbers.length ? '…' : ''),
            payments: lost.payments,
          })}
        </Alert>
      )}
    </ConfirmDialog>
  );
}
