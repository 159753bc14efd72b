import AddIcCallOutlined from '@mui/icons-material/AddIcCallOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Box, Button, LinearProgress, Stack, Tab, Tabs } from '@mui/material';
import { useIsFetching } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAddressState } from '../../app/useAddressState';
import { PageHeader } from '../../forms/PageHeader';
import { CallDialog } from './CallDialog';
import { CallsLog } from './CallsLog';
import { currentMonth, MonthSelector, validMonth } from './CallsMonth';
import { MonthlySummary } from './MonthlySummary';

const TABS = ['log', 'summary'] as const;
type View = (typeof TABS)[number];

/** « Téléphone »: the shared line's log, a call noted at the desk, and what each member owes for the month. */
export function CallsPage() {
  const { t } = useTranslation();
  // The month and the tab live in the address, so that Back and a reload keep them.
  const [params, update] = useAddressState();
  const latest = currentMonth();
  const month = validMonth(params.get('month')) ?? latest;
  const view: View = params.get('view') === 'summary' ? 'summary' : 'log';
  const [adding, setAdding] = useState(false);
  // One progress bar under the tabs for the log's and the summary's reads (not the dialog's).
  const fetching = useIsFetching({ predicate: (query) => ['calls.list', 'calls.summary'].includes(String(query.queryKey[0])) }) > 0;
  const show = (changes: { month?: string; view?: View }) => update(changes);

  return (
    <Stack spacing={2}>
      <PageHeader
        title={t('nav.calls')}
        intro={t('calls.intro')}
        actions={
          <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
            <Button component={RouterLink} to="/calls/import" variant="outlined" startIcon={<UploadFileOutlined />} sx={{ whiteSpace: 'nowrap' }}>
              {t('calls.import')}
            </Button>
            <Button variant="contained" startIcon={<AddIcCallOutlined />} onClick={() => setAdding(true)} sx={{ whiteSpace: 'nowrap' }}>
              {t('calls.add')}
            </Button>
          </Stack>
        }
      />
      <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', borderBottom: 1, borderColor: 'divider', position: 'relative' }}>
        <Tabs value={view} onChange={(_, value: View) => show({ view: value })} aria-label={t('calls.views')} sx={{ flexGrow: 1 }}>
          {TABS.map((value) => (
            <Tab key={value} value={value} label={t(`calls.tabs.${value}`)} id={`calls-tab-${value}`} aria-controls={`calls-panel-${value}`} />
          ))}
        </Tabs>
        <MonthSelector month={month} latest={latest} onChange={(value) => show({ month: value })} />
        {fetching && <LinearProgress aria-label={t('app.loading')} sx={{ position: 'absolute', left: 0, right: 0, bottom: -1, height: 2 }} />}
      </Stack>
      <Box role="tabpanel" id={`calls-panel-${view}`} aria-labelledby={`calls-tab-${view}`}>
        {view === 'log' ? <CallsLog month={month} /> : <MonthlySummary month={month} />}
      </Box>
      {adding && <CallDialog onClose={() => setAdding(false)} onSaved={(call) => show({ month: call.startedAt.slice(0, 7), view: 'log' })} />}
    </Stack>
  );
}
