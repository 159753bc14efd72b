import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Alert, Box, Button, LinearProgress, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { useAddressState } from '../../app/useAddressState';
import { useErrorText } from '../../forms/errors';
import { PageHeader } from '../../forms/PageHeader';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { PrintStyles } from '../payments/PrintStyles';
import { AttendanceReport } from './AttendanceReport';
import { OccupancyReport } from './OccupancyReport';
import { RevenueReport } from './RevenueReport';
import { UnpaidReport } from './UnpaidReport';

/** The year in the address, when it is one a fiscal year can be named by. */
function yearOf(params: URLSearchParams): number | undefined {
  const year = Number(params.get('year'));
  return Number.isInteger(year) && year >= 2000 && year <= 2099 ? year : undefined;
}

/**
 * « Rapports »: a fiscal year's revenue, unpaid invoices, occupancy and attendance, each as a chart
 * with its figures in a table, ready to print. The year chosen lives in the address; without one,
 * the fiscal year running today.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const errorText = useErrorText();
  const [params, update] = useAddressState();
  const chosen = yearOf(params);
  const report = useApi('reports.year', chosen === undefined ? {} : { year: chosen }, { keepPrevious: true });
  const data = report.data;
  const year = chosen ?? data?.year;
  const years = [...new Set([...(data?.years ?? []), ...(year === undefined ? [] : [year])])].sort((a, b) => b - a);
  const spansYears = data !== undefined && data.start.slice(0, 4) !== data.end.slice(0, 4);

  return (
    <Stack spacing={2}>
      <PrintStyles />
      <Box>
        <Box data-print="hide">
          <PageHeader
            title={t('nav.reports')}
            intro={t('reports.intro')}
            actions={
              <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexShrink: 0 }}>
                <TextField select label={t('reports.year')} value={year ?? ''} onChange={(event) => update({ year: String(event.target.value) })} sx={{ width: 130 }} disabled={year === undefined}>
                  {years.map((value) => (
                    <MenuItem key={value} value={value}>
                      {value}
                    </MenuItem>
                  ))}
                </TextField>
                <Button variant="outlined" startIcon={<PrintOutlined />} onClick={() => window.print()} disabled={!data?.hasActivity} sx={{ whiteSpace: 'nowrap' }}>
                  {t('reports.print')}
                </Button>
              </Stack>
            }
          />
        </Box>
        {data && (
          <>
            <Typography variant="h1" data-print="only" gutterBottom>
              {t('reports.print_title', { year: data.year })}
            </Typography>
            <Typography color="text.secondary" data-testid="report-period" sx={{ mt: -1, '@media print': { mt: 0 } }}>
              {t('reports.period', { year: data.year, start: formatDate(data.start, language), end: formatDate(data.end, language) })}
            </Typography>
          </>
        )}
      </Box>
      {report.error && <Alert severity="error">{errorText(report.error)}</Alert>}
      {(report.isPending || report.isPlaceholderData) && <LinearProgress aria-label={t('app.loading')} data-print="hide" />}
      {data?.hasActivity && (
        <Stack spacing={2} sx={{ '@media print': { display: 'block' } }}>
          <RevenueReport revenue={data.revenue} spansYears={spansYears} />
          <UnpaidReport unpaid={data.unpaid} />
          <OccupancyReport occupancy={data.occupancy} spansYears={spansYears} />
          <AttendanceReport attendance={data.attendance} spansYears={spansYears} />
        </Stack>
      )}
      {data && !data.hasActivity && (
        <Paper sx={{ p: 4, textAlign: 'center' }} data-testid="reports-empty">
          <Typography color="text.secondary">{t('reports.empty', { year: data.year })}</Typography>
          {data.years.length > 0 && (
            <Stack direction="row" spacing={1} sx={{ justifyContent: 'center', alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mt: 2 }}>
              <Typography variant="body2" color="text.secondary">
                {t('reports.other_years')}
              </Typography>
              {[...data.years].reverse().map((value) => (
                <Button key={value} size="small" variant="outlined" onClick={() => update({ year: String(value) })}>
                  {value}
                </Button>
              ))}
            </Stack>
          )}
        </Paper>
      )}
    </Stack>
  );
}
