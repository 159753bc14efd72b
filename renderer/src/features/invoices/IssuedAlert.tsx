import { Alert, AlertTitle, Link, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OutputOf } from '../../../../main/api/contract';
import { formatCents } from '../../format';
import { currentLanguage } from '../../i18n';

export type Issued = OutputOf<'invoices.issue'>;

/** What was just issued: each number, a link to it, its buyer and total. */
export function IssuedAlert({ issued, onClose }: { issued: Issued; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Alert severity="success" onClose={onClose} role="status" aria-label={t('invoices.issued_title', { count: issued.length })}>
      <AlertTitle>{t('invoices.issued_title', { count: issued.length })}</AlertTitle>
      <Stack component="ul" spacing={0.5} sx={{ m: 0, pl: 2.5 }}>
        {issued.map((invoice) => (
          <li key={invoice.id}>
            <Link component={RouterLink} to={`/invoices/${invoice.id}`} sx={{ fontWeight: 500 }}>
              {invoice.number}
            </Link>{' '}
            — {invoice.buyerName}, {formatCents(invoice.totalCents, language)}
          </li>
        ))}
      </Stack>
    </Alert>
  );
}
