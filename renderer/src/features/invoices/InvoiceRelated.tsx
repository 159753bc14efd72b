import { Box, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Section } from '../../forms/Section';
import { formatCents, formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import type { Detail } from './InvoiceHeader';
import { InvoiceStatusChip } from './InvoiceStatusChip';

/** The payments that settled this invoice. */
export function PaymentsCard({ payments }: { payments: Detail['payments'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Section title={t('invoices.payments')}>
      {payments.length === 0 ? (
        <Typography color="text.secondary">{t('invoices.no_payments')}</Typography>
      ) : (
        <Table size="small" aria-label={t('invoices.payments')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('invoices.columns.date')}</TableCell>
              <TableCell>{t('invoices.method')}</TableCell>
              <TableCell align="right">{t('invoices.amount')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {payments.map((payment) => (
              <TableRow key={payment.paymentId}>
                <TableCell>{formatDate(payment.date, language)}</TableCell>
                <TableCell>{t(`invoices.methods.${payment.method}`)}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatCents(payment.amountCents, language)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}

/** The credit notes that correct this invoice, each a link. */
export function CreditNotesCard({ creditNotes }: { creditNotes: Detail['creditNotes'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Section title={t('invoices.credit_notes')}>
      {creditNotes.length === 0 ? (
        <Typography color="text.secondary">{t('invoices.no_credit_notes')}</Typography>
      ) : (
        <Table size="small" aria-label={t('invoices.credit_notes')}>
          <TableBody>
            {creditNotes.map((note) => (
              <TableRow key={note.id}>
                <TableCell>
                  <Link component={RouterLink} to={`/invoices/${note.id}`} sx={{ fontWeight: 500 }}>
                    {note.number}
                  </Link>
                </TableCell>
                <TableCell>{note.date && formatDate(note.date, language)}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatCents(note.totalCents, language)}
                </TableCell>
                <TableCell align="right">
                  <InvoiceStatusChip status={note.status} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}

/** Where the document sits in the chain of issued records, and its SHA-256. */
export function ChainCard({ link }: { link: NonNullable<Detail['link']> }) {
  const { t } = useTranslation();
  return (
    <Section title={t('invoices.chain')}>
      <Typography color="text.secondary" gutterBottom>
        {t('invoices.chain_position', { position: link.position })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('invoices.hash')}
      </Typography>
      <Box component="code" aria-label={t('invoices.hash')} sx={{ display: 'block', fontFamily: 'monospace', fontSize: 13, overflowWrap: 'anywhere' }}>
        {link.hash}
      </Box>
    </Section>
  );
}
