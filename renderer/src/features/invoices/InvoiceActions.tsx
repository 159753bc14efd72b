import CodeOutlined from '@mui/icons-material/CodeOutlined';
import EuroOutlined from '@mui/icons-material/EuroOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import UndoOutlined from '@mui/icons-material/UndoOutlined';
import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api/client';
import { useNotify } from '../../app/notify';
import { downloadBase64 } from '../../download';
import { useErrorText } from '../../forms/errors';
import { PaymentDialog } from '../payments/PaymentDialog';
import { CreditDialog } from './CreditDialog';
import type { Detail } from './InvoiceHeader';

/** The files of an issued document, and what can follow it: a payment, a credit note (treasurer and admin only). */
export function InvoiceActions({ detail, treasury }: { detail: Detail; treasury: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'pay' | 'credit'>();
  const [busy, setBusy] = useState<'pdf' | 'xml'>();
  const { summary } = detail;
  const invoiceId = summary.id;
  const save = async (kind: 'pdf' | 'xml') => {
    setBusy(kind);
    try {
      const file = kind === 'pdf' ? await call('invoices.pdf', { invoiceId }) : await call('invoices.xml', { invoiceId });
      downloadBase64(file.fileName, file.base64, kind === 'pdf' ? 'application/pdf' : 'application/xml');
    } catch (error) {
      notify(errorText(error), 'error');
    } finally {
      setBusy(undefined);
    }
  };
  const invoice = summary.kind === 'invoice';
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
      <Button variant="outlined" startIcon={<PictureAsPdfOutlined />} disabled={busy === 'pdf'} onClick={() => void save('pdf')}>
        {t('invoices.download_pdf')}
      </Button>
      <Button variant="outlined" startIcon={<CodeOutlined />} disabled={busy === 'xml'} onClick={() => void save('xml')}>
        {t('invoices.download_xml')}
      </Button>
      {invoice && summary.balanceCents > 0 && (
        <Button variant="contained" startIcon={<EuroOutlined />} onClick={() => setDialog('pay')}>
          {t('invoices.collect')}
        </Button>
      )}
      {invoice && treasury && summary.status !== 'cancelled' && (
        <Button color="warning" startIcon={<UndoOutlined />} onClick={() => setDialog('credit')}>
          {t('invoices.make_credit')}
        </Button>
      )}
      <PaymentDialog open={dialog === 'pay'} memberId={summary.memberId} invoiceId={invoiceId} onClose={() => setDialog(undefined)} />
      {dialog === 'credit' && (
        <CreditDialog
          detail={detail}
          onClose={() => setDialog(undefined)}
          onCredited={(credit) => {
            setDialog(undefined);
            notify(t('invoices.credit.done', { number: credit.number }));
            void navigate(`/invoices/${credit.id}`);
          }}
        />
      )}
    </Stack>
  );
}
