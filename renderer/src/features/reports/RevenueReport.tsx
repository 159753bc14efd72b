import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { formatCents } from '../../format';
import { currentLanguage } from '../../i18n';
import { Bars } from './MonthlyBars';
import { FiguresTable, ReportSection, type Column } from './ReportSection';
import { formatAxisEuros, monthName, shortMonth } from './reportFormat';

type Revenue = OutputOf<'reports.year'>['revenue'];
type Row = Revenue['months'][number];

/** The groups of lines, as the contract names them, with their colour on the chart. */
const GROUPS = [
  { key: 'desksCents', label: 'desks', color: '#2f6b4f' },
  { key: 'passesCents', label: 'passes', color: '#7fb08a' },
  { key: 'membershipsCents', label: 'memberships', color: '#c96a2b' },
  { key: 'phoneCents', label: 'phone', color: '#e3b04b' },
  { key: 'otherCents', label: 'other', color: '#8a8f98' },
] as const;

/** Revenue excluding VAT by month of issue, stacked by kind; totals including VAT below the table. */
export function RevenueReport({ revenue, spansYears }: { revenue: Revenue; spansYears: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const euros = (cents: number) => formatCents(cents, language);
  const columns: Column<Row | (Row & Revenue['total'])>[] = [
    { key: 'month', label: t('reports.month'), cell: (row) => (row.month === 'total' ? t('reports.total') : monthName(row.month, language)) },
    ...GROUPS.map((group) => ({ key: group.key, label: t(`reports.revenue.${group.label}`), cell: (row: Row) => euros(row[group.key]) })),
    { key: 'netCents', label: t('reports.revenue.net'), cell: (row) => <strong>{euros(row.netCents)}</strong> },
  ];
  const { total } = revenue;
  return (
    <ReportSection
      name="revenue"
      title={t('reports.revenue.title')}
      caption={t('reports.revenue.caption')}
      chart={
        <Bars
          label={t('reports.revenue.chart')}
          categories={revenue.months.map((m) => shortMonth(m.month, language, spansYears))}
          series={GROUPS.map((group) => ({ key: group.key, label: t(`reports.revenue.${group.label}`), color: group.color, values: revenue.months.map((m) => m[group.key] / 100) }))}
          stacked
          format={(value) => formatCents(Math.round(value * 100), language)}
          axisFormat={(value) => formatAxisEuros(value, language)}
        />
      }
    >
      <FiguresTable label={t('reports.revenue.table')} columns={columns} rows={revenue.months} total={{ ...total, month: 'total' }} rowKey={(row) => row.month} />
      <Box component="dl" data-figures="revenue-totals" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 0.5, mt: 1.5, mb: 0, '& div': { display: 'flex', gap: 1 }, '& dt': { color: 'text.secondary' }, '& dd': { m: 0, fontWeight: 500, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } }}>
        <div data-figure="net">
          <dt>{t('reports.revenue.net')}</dt>
          <dd>{euros(total.netCents)}</dd>
        </div>
        <div data-figure="vat">
          <dt>{t('reports.revenue.vat')}</dt>
          <dd>{euros(total.vatCents)}</dd>
        </div>
        <div data-figure="gross">
          <dt>{t('reports.revenue.gross')}</dt>
          <dd>{euros(total.grossCents)}</dd>
        </div>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} data-figure="documents">
        {t('reports.revenue.documents', {
          invoices: t('reports.revenue.invoices', { count: total.invoices }),
          creditNotes: t('reports.revenue.credit_notes', { count: total.creditNotes, amount: euros(total.creditNotesCents) }),
        })}
      </Typography>
    </ReportSection>
  );
}
