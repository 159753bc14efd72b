import PlaylistAddOutlined from '@mui/icons-material/PlaylistAddOutlined';
import { Alert, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApi, useApiMutation } from '../../api/hooks';
import { useNotify } from '../../app/notify';
import { useErrorText } from '../../forms/errors';
import { PageHeader } from '../../forms/PageHeader';
import { currentLanguage } from '../../i18n';
import { currentMonth, monthLabel, MonthSelector, shiftMonth, validMonth } from '../calls/CallsMonth';
import { DraftCard } from './DraftCard';
import { DraftsSummary } from './DraftsSummary';
import { IssuedAlert, type Issued } from './IssuedAlert';

/** Drafts open by default while there are few enough to read them all on one screen. */
const EXPANDED_UP_TO = 5;

/** « Facturation du mois »: draft what a month owes, check and correct each draft, then issue them all. */
export function BillingRunPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorText = useErrorText();
  const language = currentLanguage();
  const [params, setParams] = useSearchParams();
  const latest = currentMonth();
  // Billing looks back: the month that just ended, unless the address says otherwise.
  const month = validMonth(params.get('month')) ?? shiftMonth(latest, -1);
  const label = monthLabel(month, language);
  const [ran, setRan] = useState<string>();
  const [issued, setIssued] = useState<{ month: string; invoices: Issued }>();
  const drafts = useApi('invoices.drafts', { month }, { keepPrevious: true });
  const run = useApiMutation('invoices.run', {
    onSuccess: (result) => {
      setRan(result.month);
      notify(t('invoices.run_done', { count: result.drafts.length, month: label }));
    },
  });
  const rows = drafts.data ?? [];
  const justIssued = issued?.month === month ? issued.invoices : undefined;

  return (
    <Stack spacing={2}>
      <PageHeader title={t('nav.billing')} intro={t('invoices.billing_intro')} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <MonthSelector month={month} latest={latest} onChange={(value) => setParams({ month: value }, { replace: true })} />
        <Button
          variant="contained"
          startIcon={<PlaylistAddOutlined />}
          disabled={run.isPending}
          onClick={() => run.mutate({ month }, { onError: (error) => notify(errorText(error), 'error') })}
        >
          {t('invoices.run')}
        </Button>
      </Stack>
      {(run.isPending || drafts.isFetching) && <LinearProgress aria-label={t('app.loading')} />}
      {drafts.error && <Alert severity="error">{errorText(drafts.error)}</Alert>}
      {justIssued && <IssuedAlert issued={justIssued} onClose={() => setIssued(undefined)} />}
      {rows.length > 0 && <DraftsSummary drafts={rows} month={label} onIssued={(invoices) => setIssued({ month, invoices })} />}
      {rows.map((draft) => (
        <DraftCard key={draft.id} draft={draft} expanded={rows.length <= EXPANDED_UP_TO} />
      ))}
      {drafts.data && rows.length === 0 && !justIssued && (
        <Paper sx={{ p: 4, textAlign: 'center' }}>
          <Typography color="text.secondary">{t(ran === month ? 'invoices.nothing_to_bill' : 'invoices.no_drafts', { month: label })}</Typography>
        </Paper>
      )}
    </Stack>
  );
}
