import { Box, Tab, Tabs } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { RawText } from './RawText';
import { ReportTables } from './ReportTables';
import { VIEWS, type Period, type ReportAnswer, type View } from './types';

/** The report three ways: readable tables, the JSON that is posted, the CSV saved beside it. */
export function ReportViews({ answer, period, view, onView }: { answer: ReportAnswer; period: Period; view: View; onView: (view: View) => void }) {
  const { t } = useTranslation();
  return (
    <Box>
      <Tabs value={view} onChange={(_, value: View) => onView(value)} aria-label={t('network.views')} sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        {VIEWS.map((value) => (
          <Tab key={value} value={value} label={t(`network.tabs.${value}`)} id={`network-tab-${value}`} aria-controls={`network-panel-${value}`} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`network-panel-${view}`} aria-labelledby={`network-tab-${view}`}>
        {view === 'tables' && <ReportTables report={answer.report} period={period} />}
        {view === 'json' && <RawText text={answer.json} label={t('network.raw.json', { file: answer.jsonFileName })} kind="json" />}
        {view === 'csv' && <RawText text={answer.csv} label={t('network.raw.csv', { file: answer.csvFileName })} kind="csv" />}
      </Box>
    </Box>
  );
}
