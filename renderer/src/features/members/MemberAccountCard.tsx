import PaymentsOutlined from '@mui/icons-material/PaymentsOutlined';
import { Alert, Button, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { Section } from '../../forms/Section';
import { formatCents, formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { AccountFigures } from '../payments/AccountFigures';
import { InvoiceStatusChip } from '../invoices/InvoiceStatusChip';
import { PaymentDialog } from '../payments/PaymentDialog';

/** How many of the member's documents the card lists; the invoice list has the rest. */
const LAST = 5;

/** « Compte »: what the member owes, their credit, their last invoices, and « Encaisser ». */
export function MemberAccountCard({ memberId }: { memberId: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [paying, setPaying] = useState(false);
  const account = useApi('payments.account', { memberId });
  const invoices = useApi('invoices.list', { memberId });
  const issued = (invoices.data ?? []).filter((invoice) => invoice.number !== null).slice(0, LAST);
  const error = account.error ?? invoices.error;
  return (
    <Section
      title={t('payments.account.title')}
      action={
        <Button startIcon={<PaymentsOutlined />} onClick={() => setPaying(true)}>
          {t('payments.collect')}
        </Button>
      }
    >
      <Stack spacing={2}>
        {error && <Alert severity="error">{errorText(error)}</Alert>}
        {account.data && <AccountFigures account={account.data} />}
        {invoices.data && (issued.length === 0 ? <Typography color="text.secondary">{t('payments.account.no_invoices')}</Typography> : <LastInvoices invoices={issued} />)}
      </Stack>
      <PaymentDialog open={paying} memberId={memberId} onClose={() => setPaying(false)} />
    </Section>
  );
}

type Invoice = OutputOf<'invoices.list'>[number];

function LastInvoices({ invoices }: { invoices: Invoice[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Table size="small" aria-label={t('payments.account.last_invoices')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('payments.account.number')}</TableCell>
          <TableCell>{t('payments.account.date')}</TableCell>
          <TableCell align="right">{t('payments.account.total')}</TableCell>
          <TableCell align="right">{t('payments.account.balance')}</TableCell>
          <TableCell>{t('payments.account.status')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {invoices.map((invoice) => (
          <TableRow key={invoice.id}>
            <TableCell>
              <Link component={RouterLink} to={`/invoices/${invoice.id}`}>
                {invoice.number}
              </Link>
            </TableCell>
            <TableCell>{invoice.date && formatDate(invoice.date, language)}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {formatCents(invoice.totalCents, language)}
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {invoice.kind === 'invoice' ? formatCents(invoice.balanceCents, language) : '—'}
            </TableCell>
            <TableCell>
              <InvoiceStatusChip status={invoice.status} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
