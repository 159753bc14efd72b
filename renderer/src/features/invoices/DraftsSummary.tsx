import SendOutlined from '@mui/icons-material/SendOutlined';
import { Button, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../format';
import { currentLanguage } from '../../i18n';
import type { Draft } from './DraftEditor';
import type { Issued } from './IssuedAlert';
import { IssueDialog } from './IssueDialog';

/** How many drafts and how much they come to, and the one button that issues them (drafts at 0 € stay drafts). */
export function DraftsSummary({ drafts, month, onIssued }: { drafts: Draft[]; month: string; onIssued: (issued: Issued) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [confirming, setConfirming] = useState(false);
  const issuable = drafts.filter((draft) => draft.totalCents > 0);
  const empty = drafts.length - issuable.length;
  const total = drafts.reduce((sum, draft) => sum + draft.totalCents, 0);
  return (
    <Paper component="section" aria-label={t('invoices.summary')} sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Stack sx={{ flexGrow: 1 }}>
          <Typography role="status" sx={{ fontWeight: 500 }}>
            {t('invoices.drafts_count', { count: drafts.length, month })} · {t('invoices.grand_total', { total: formatCents(total, language) })}
          </Typography>
          {empty > 0 && (
            <Typography variant="body2" color="text.secondary">
              {t('invoices.empty_drafts', { count: empty })}
            </Typography>
          )}
        </Stack>
        <Button variant="contained" color="warning" startIcon={<SendOutlined />} disabled={issuable.length === 0} onClick={() => setConfirming(true)}>
          {t('invoices.issue_n', { count: issuable.length })}
        </Button>
      </Stack>
      {confirming && (
        <IssueDialog
          drafts={issuable}
          onClose={() => setConfirming(false)}
          onIssued={(issued) => {
            setConfirming(false);
            onIssued(issued);
          }}
        />
      )}
    </Paper>
  );
}
