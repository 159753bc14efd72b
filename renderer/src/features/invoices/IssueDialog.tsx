import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { useApiMutation } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { formatCents } from '../../format';
import { currentLanguage } from '../../i18n';

type Issued = OutputOf<'invoices.issue'>;

/**
 * « Émettre » asks once more, saying what issuing means: numbers taken, content frozen and chained,
 * corrections by credit note only. Cancel has the focus: Enter alone never issues.
 */
export function IssueDialog({ drafts, onIssued, onClose }: { drafts: { id: number; totalCents: number }[]; onIssued: (issued: Issued) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const language = currentLanguage();
  const issue = useApiMutation('invoices.issue', { onSuccess: onIssued });
  const total = drafts.reduce((sum, draft) => sum + draft.totalCents, 0);
  const count = drafts.length;
  return (
    <Dialog
      open
      onClose={onClose}
      maxWidth="sm"
      fullWidth
      slotProps={{
        paper: {
          component: 'form',
          onSubmit: (event: FormEvent) => {
            event.preventDefault();
            issue.mutate({ invoiceIds: drafts.map((draft) => draft.id) });
          },
        } as object,
      }}
    >
      <DialogTitle>{t('invoices.issue_title', { count })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{t('invoices.issue_summary', { count, total: formatCents(total, language) })}</DialogContentText>
          <Alert severity="warning">{t('invoices.issue_final')}</Alert>
          {issue.error && (
            <Alert severity="error" role="alert">
              {errorText(issue.error)}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('actions.cancel')}
        </Button>
        <Button type="submit" variant="contained" color="warning" disabled={issue.isPending}>
          {t('invoices.issue_n', { count })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
