import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { useApiMutation } from '../../api/hooks';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { useErrorText } from '../../forms/errors';
import { formatCents } from '../../format';
import { currentLanguage } from '../../i18n';
import { AddLineDialog } from './AddLineDialog';
import { LinesTable } from './LinesTable';

export type Draft = OutputOf<'invoices.drafts'>[number];

/** A draft's lines, free to change: take a line off, add one typed by hand, or throw the draft away. */
export function DraftEditor({ draft, onDeleted, showTotal = true }: { draft: Draft; onDeleted?: () => void; showTotal?: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorText = useErrorText();
  const language = currentLanguage();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const onError = (error: unknown) => notify(errorText(error), 'error');
  const removeLine = useApiMutation('invoices.removeLine', { onSuccess: () => notify(t('invoices.line_removed')) });
  const deleteDraft = useApiMutation('invoices.deleteDraft', {
    onSuccess: () => {
      notify(t('invoices.draft_deleted', { name: draft.buyerName }));
      onDeleted?.();
    },
  });
  return (
    <Stack spacing={1.5}>
      <LinesTable
        lines={draft.lines}
        label={t('invoices.lines_of', { name: draft.buyerName })}
        busy={removeLine.isPending}
        onRemove={(line) => removeLine.mutate({ invoiceId: draft.id, position: line.position }, { onError })}
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Button size="small" startIcon={<AddOutlined />} onClick={() => setAdding(true)}>
          {t('invoices.add_line')}
        </Button>
        <Button size="small" color="warning" startIcon={<DeleteOutlined />} onClick={() => setDeleting(true)}>
          {t('invoices.delete_draft')}
        </Button>
        {showTotal && (
          <Typography sx={{ ml: 'auto', fontWeight: 500, whiteSpace: 'nowrap' }}>
            {draft.vatCents !== 0 && `${t('invoices.net')} ${formatCents(draft.netCents, language)} · ${t('invoices.vat')} ${formatCents(draft.vatCents, language)} · `}
            {t('invoices.total')} {formatCents(draft.totalCents, language)}
          </Typography>
        )}
      </Box>
      {adding && <AddLineDialog invoiceId={draft.id} buyerName={draft.buyerName} onClose={() => setAdding(false)} />}
      {deleting && (
        <ConfirmDialog
          title={t('invoices.delete_draft_title', { name: draft.buyerName })}
          text={t('invoices.delete_draft_text')}
          confirmLabel={t('invoices.delete_draft')}
          onConfirm={() => deleteDraft.mutate({ invoiceId: draft.id }, { onError })}
          onClose={() => setDeleting(false)}
        />
      )}
    </Stack>
  );
}
