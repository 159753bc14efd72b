import { Box, Link, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OutputOf } from '../../../../main/api/contract';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { monthLabel } from '../calls/CallsMonth';
import { InvoiceStatusChip } from './InvoiceStatusChip';
import { periodText } from './invoiceText';

export type Detail = OutputOf<'invoices.get'>;

/** What the document is (« Facture F2026-0001 », « Avoir … », « Brouillon de facture »), for whom, and its dates. */
export function InvoiceHeader({ detail, actions }: { detail: Detail; actions?: ReactNode }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { summary, document } = detail;
  const title = summary.number === null ? t('invoices.draft_title') : t(`invoices.titles.${summary.kind}`, { number: summary.number });
  const facts = [
    summary.date && t('invoices.issued_on', { date: formatDate(summary.date, language) }),
    summary.kind === 'invoice' && summary.dueDate && t('invoices.due_on', { date: formatDate(summary.dueDate, language) }),
    document && t('invoices.period', { period: periodText(document.serviceFrom, document.serviceTo, t, language) }),
    !document && summary.month && t('invoices.billed_month', { month: monthLabel(summary.month, language) }),
  ].filter(Boolean) as string[];
  const factsText = facts.join(' · ');
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <Stack spacing={0.75} sx={{ flexGrow: 1 }}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h1">{title}</Typography>
          <InvoiceStatusChip status={summary.status} />
        </Stack>
        <Typography>
          {t('invoices.buyer')}{' '}
          <Link component={RouterLink} to={`/members/${summary.memberId}`} sx={{ fontWeight: 500 }}>
            {summary.buyerName}
          </Link>
        </Typography>
        {factsText && <Typography color="text.secondary">{factsText.charAt(0).toUpperCase() + factsText.slice(1)}</Typography>}
        {document?.corrects && summary.correctsId !== null && <Corrects invoiceId={summary.correctsId} number={document.corrects.number} date={document.corrects.issueDate} />}
        {detail.note && <Typography color="text.secondary">{t(summary.kind === 'credit-note' ? 'invoices.reason_is' : 'invoices.note_is', { note: detail.note })}</Typography>}
      </Stack>
      {actions}
    </Box>
  );
}

/** A credit note cites the invoice it corrects, with a link to it. */
function Corrects({ invoiceId, number, date }: { invoiceId: number; number: string; date: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Typography color="text.secondary">
      {t('invoices.corrects')}{' '}
      <Link component={RouterLink} to={`/invoices/${invoiceId}`}>
        {number}
      </Link>{' '}
      {t('invoices.of_date', { date: formatDate(date, language) })}
    </Typography>
  );
}
