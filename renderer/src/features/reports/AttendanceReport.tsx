import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { currentLanguage } from '../../i18n';
import { Bars } from './MonthlyBars';
import { FiguresTable, ReportSection, type Column } from './ReportSection';
import { formatCount, monthName, shortMonth } from './reportFormat';

type Attendance = OutputOf<'reports.year'>['attendance'];
type Row = Attendance['total'] & { month: string };

/** Members who came each month, and those who came for the first time. */
export function AttendanceReport({ attendance, spansYears }: { attendance: Attendance; spansYears: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const columns: Column<Row>[] = [
    { key: 'month', label: t('reports.month'), cell: (row) => (row.month === 'total' ? t('reports.total') : monthName(row.month, language)) },
    { key: 'visits', label: t('reports.attendance.visits'), cell: (row) => formatCount(row.visits, language) },
    { key: 'members', label: t('reports.attendance.members'), cell: (row) => formatCount(row.members, language) },
    { key: 'newMembers', label: t('reports.attendance.new'), cell: (row) => formatCount(row.newMembers, language) },
  ];
  return (
    <ReportSection
      name="attendance"
      title={t('reports.attendance.title')}
      caption={t('reports.attendance.caption')}
      chart={
        <Bars
          label={t('reports.attendance.chart')}
          categories={attendance.months.map((m) => shortMonth(m.month, language, spansYears))}
          series={[
            { key: 'members', label: t('reports.attendance.members'), color: '#2f6b4f', values: attendance.months.map((m) => m.members) },
            { key: 'newMembers', label: t('reports.attendance.new'), color: '#c96a2b', values: attendance.months.map((m) => m.newMembers) },
          ]}
          format={(value) => formatCount(value, language)}
        />
      }
    >
      <FiguresTable label={t('reports.attendance.table')} columns={columns} rows={attendance.months} total={{ ...attendance.total, month: 'total' }} rowKey={(row) => row.month} />
    </ReportSection>
  );
}
