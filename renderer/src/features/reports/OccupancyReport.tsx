import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { currentLanguage } from '../../i18n';
import { Bars } from './MonthlyBars';
import { FiguresTable, ReportSection, type Column } from './ReportSection';
import { formatCount, formatRatio, monthName, shortMonth } from './reportFormat';

type Occupancy = OutputOf<'reports.year'>['occupancy'];
type Row = Occupancy['total'] & { month: string };

const KINDS = [
  { kind: 'permanent', color: '#2f6b4f' },
  { kind: 'dropin', color: '#c96a2b' },
  { kind: 'trainee', color: '#e3b04b' },
] as const;
type Kind = (typeof KINDS)[number]['kind'];

const usedOf = (row: Row, kind: Kind) => row[`${kind}Used`];
const openOf = (row: Row, kind: Kind) => row[`${kind}Open`];
const ratio = (used: number, open: number) => (open === 0 ? 0 : used / open);

/** Seat-half-days used over those open, per kind of desk and month. */
export function OccupancyReport({ occupancy, spansYears }: { occupancy: Occupancy; spansYears: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  // `3,3 %` and, under it, `84 / 2 520` (half-days used / open).
  const figure = (used: number, open: number) => (
    <>
      {formatRatio(ratio(used, open), language)}
      <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: '0.75rem', fontWeight: 400 }}>
        {formatCount(used, language)} / {formatCount(open, language)}
      </Box>
    </>
  );
  const columns: Column<Row>[] = [
    { key: 'month', label: t('reports.month'), cell: (row) => (row.month === 'total' ? t('reports.total') : monthName(row.month, language)) },
    ...KINDS.map(({ kind }) => ({ key: kind, label: t(`reports.occupancy.${kind}`), cell: (row: Row) => figure(usedOf(row, kind), openOf(row, kind)) })),
    { key: 'all', label: t('reports.occupancy.all'), cell: (row) => figure(row.used, row.open) },
  ];
  return (
    <ReportSection
      name="occupancy"
      title={t('reports.occupancy.title')}
      caption={t('reports.occupancy.caption')}
      chart={
        <Bars
          label={t('reports.occupancy.chart')}
          categories={occupancy.months.map((m) => shortMonth(m.month, language, spansYears))}
          series={KINDS.map(({ kind, color }) => ({ key: kind, label: t(`reports.occupancy.${kind}`), color, values: occupancy.months.map((m) => ratio(usedOf(m, kind), openOf(m, kind))) }))}
          format={(value) => formatRatio(value, language)}
          axisFormat={(value) => formatRatio(value, language, 0)}
          max={1}
        />
      }
    >
      <FiguresTable label={t('reports.occupancy.table')} columns={columns} rows={occupancy.months} total={{ ...occupancy.total, month: 'total' }} rowKey={(row) => row.month} />
    </ReportSection>
  );
}
