import SendOutlined from '@mui/icons-material/SendOutlined';
import { Alert, Button } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useNotify } from '../../app/notify';
import { Section } from '../../forms/Section';
import { DraftEditor } from './DraftEditor';
import { InvoiceHeader, type Detail } from './InvoiceHeader';
import { InvoiceTotals } from './InvoiceTotals';
import { IssueDialog } from './IssueDialog';

/** A draft on its own page: the same editing as the billing run, and « Émettre » for this one. */
export function DraftView({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const draft = { ...detail.summary, lines: detail.lines, note: detail.note };
  return (
    <>
      <InvoiceHeader
        detail={detail}
        actions={
          <Button variant="contained" color="warning" startIcon={<SendOutlined />} disabled={draft.totalCents <= 0} onClick={() => setConfirming(true)}>
            {t('invoices.issue')}
          </Button>
        }
      />
      <Alert severity="info">{t('invoices.draft_info')}</Alert>
      <Section title={t('invoices.detail')}>
        <DraftEditor draft={draft} showTotal={false} onDeleted={() => void navigate('/invoices')} />
        <InvoiceTotals detail={detail} />
      </Section>
      {confirming && (
        <IssueDialog
          drafts={[draft]}
          onClose={() => setConfirming(false)}
          onIssued={(issued) => {
            setConfirming(false);
            notify(t('invoices.issued_one', { number: issued[0]?.number ?? '' }));
          }}
        />
      )}
    </>
  );
}
