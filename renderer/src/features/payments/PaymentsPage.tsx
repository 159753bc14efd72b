import PaymentsOutlined from '@mui/icons-material/PaymentsOutlined';
import { Box, Button, Stack, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddressState } from '../../app/useAddressState';
import { PageHeader } from '../../forms/PageHeader';
import { currentMonth, MonthSelector, validMonth } from '../calls/CallsMonth';
import { CashJournal } from './CashJournal';
import { ChequeDeposit } from './ChequeDeposit';
import { CollectDialog } from './CollectDialog';
import { PaymentsList } from './PaymentsList';
import { PrintStyles } from './PrintStyles';

const TABS = ['payments', 'cheques', 'cash'] as const;
type View = (typeof TABS)[number];

/** « Paiements »: the money received, the cheques to take to the bank, and the till's journal. */
export function PaymentsPage() {
  const { t } = useTranslation();
  // The tab and the month live in the address, so that Back and a reload keep them.
  const [params, update] = useAddressState();
  const latest = currentMonth();
  const month = validMonth(params.get('month')) ?? latest;
  const view: View = TABS.find((tab) => tab === params.get('view')) ?? 'payments';
  const [collecting, setCollecting] = useState(false);
  const show = (changes: { month?: string; view?: View }) => update(changes);

  return (
    <Stack spacing={2}>
      <PrintStyles />
      <Box data-print="hide">
        <PageHeader
          title={t('nav.payments')}
          intro={t('payments.intro')}
          actions={
            <Button variant="contained" startIcon={<PaymentsOutlined />} onClick={() => setCollecting(true)} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
              {t('payments.collect')}
            </Button>
          }
        />
      </Box>
      <Stack direction="row" data-print="hide" sx={{ alignItems: 'center', flexWrap: 'wrap', borderBottom: 1, borderColor: 'divider' }}>
        <Tabs value={view} onChange={(_, value: View) => show({ view: value })} aria-label={t('payments.views')} variant="scrollable" sx={{ flexGrow: 1, minWidth: 0 }}>
          {TABS.map((value) => (
            <Tab key={value} value={value} label={t(`payments.tabs.${value}`)} id={`payments-tab-${value}`} aria-controls={`payments-panel-${value}`} />
          ))}
        </Tabs>
        {view !== 'cheques' && <MonthSelector month={month} latest={latest} onChange={(value) => show({ month: value })} />}
      </Stack>
      <Box role="tabpanel" id={`payments-panel-${view}`} aria-labelledby={`payments-tab-${view}`}>
        {view === 'payments' && <PaymentsList month={month} />}
        {view === 'cheques' && <ChequeDeposit />}
        {view === 'cash' && <CashJournal month={month} />}
      </Box>
      <CollectDialog open={collecting} onClose={() => setCollecting(false)} />
    </Stack>
  );
}
