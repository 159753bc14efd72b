import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { formatCents, formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { Bars } from './MonthlyBars';
import { FiguresTable, ReportSection, type Column } from './ReportSection';
import { formatAxisEuros, formatCount } from './reportFormat';

type Unpaid = OutputOf<'reports.year'>['unpaid'];
type Row = Unpaid['buckets'][number];
type TotalRow = Omit<Row, 'age'> & { age: Row['age'] | 'total' };

/** Greener while not yet due, redder as the delay grows. */
const AGE_COLORS = ['#7fb08a', '#e3b04b', '#d9822b', '#c4512b', '#8e2a1c'];

/** What is still due on the year's invoices, by how late it is. */
export function UnpaidReport({ unpaid }: { unpaid: Unpaid }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const columns: Column<TotalRow>[] = [
    { key: 'age', label: t('reports.unpaid.age'), cell: (row) => (row.age === 'total' ? t('reports.total') : t(`reports.unpaid.ages.${row.age}`)) },
    { key: 'count', label: t('reports.unpaid.count'), cell: (row) => formatCount(row.count, language) },
    { key: 'balanceCents', label: t('reports.unpaid.balance'), cell: (row) => formatCents(row.balanceCents, language) },
  ];
  return (
    <ReportSection
      name="unpaid"
      title={t('reports.unpaid.title')}
      caption={t('reports.unpaid.caption', { date: formatDate(unpaid.today, language) })}
      chart={
        <Bars
          label={t('reports.unpaid.chart')}
          categories={unpaid.buckets.map((b) => t(`reports.unpaid.ages.${b.age}`))}
          series={[{ key: 'balance', label: t('reports.unpaid.balance'), color: AGE_COLORS[0] as string, values: unpaid.buckets.map((b) => b.balanceCents / 100) }]}
          colorByCategory={AGE_COLORS}
          format={(value) => formatCents(Math.round(value * 100), language)}
          axisFormat={(value) => formatAxisEuros(value, language)}
        />
      }
    >
      <FiguresTable label={t('reports.unpaid.table')} columns={columns} rows={unpaid.buckets} total={{ ...unpaid.total, age: 'total' }} rowKey={(row) => row.age} />
    </ReportSection>
  );
}
