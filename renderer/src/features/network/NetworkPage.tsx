import { Alert, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { PageHeader } from '../../forms/PageHeader';
import { useNetworkPeriod } from './period';
import { PeriodPicker } from './PeriodPicker';
import { ReportToolbar } from './ReportToolbar';
import { ReportViews } from './ReportViews';
import { SendingsLog } from './SendingsLog';
import { SettingsSentence } from './SettingsLink';
import { SECTIONS } from './types';

/** Nothing to report yet: no visit, booking or invoice. */
function EmptyState() {
  const { t } = useTranslation();
  return (
    <Paper sx={{ p: 4, textAlign: 'center' }} data-testid="network-empty">
      <Typography color="text.secondary">{t('network.empty')}</Typography>
    </Paper>
  );
}

/**
 * « Réseau »: the anonymised activity report for the regional network of tiers-lieux, shown exactly as
 * it would leave (tables, raw JSON, CSV) for a calendar year or quarter; saved to files or sent to the
 * address of Réglages › Réseau; every sending in a log.
 */
export function NetworkPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { period, years, hasActivity, view, setYear, setQuarter, setView } = useNetworkPeriod();
  const report = useApi('network.report', period, { enabled: hasActivity, keepPrevious: true });
  const answer = report.data;
  const ready = answer !== undefined && !report.isPlaceholderData;
  const nothingShared = answer?.report.confidentialite.sections_non_partagees.length === SECTIONS.length;
  return (
    <Stack spacing={2}>
      <PageHeader title={t('nav.network')} intro={t('network.intro')} />
      {years === undefined && <LinearProgress aria-label={t('app.loading')} />}
      {years && !hasActivity && <EmptyState />}
      {years && hasActivity && (
        <>
          <ReportToolbar picker={<PeriodPicker period={period} years={years} onYear={setYear} onQuarter={setQuarter} />} answer={answer} period={period} ready={ready} />
          {report.error && <Alert severity="error">{errorText(report.error)}</Alert>}
          {(report.isPending || report.isPlaceholderData) && <LinearProgress aria-label={t('app.loading')} />}
          {nothingShared && (
            <Alert severity="info" data-testid="nothing-shared">
              <SettingsSentence i18nKey="network.nothing_shared" />
            </Alert>
          )}
          {answer && <ReportViews answer={answer} period={period} view={view} onView={setView} />}
        </>
      )}
      <SendingsLog />
    </Stack>
  );
}
