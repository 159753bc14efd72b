import type { Db } from '../../db/open';
import { fiscalYearContaining, fiscalYearOf } from '../accounting/fiscal-year';
import { readSection } from '../settings/store';
import { attendanceReport } from './attendance';
import { occupancyReport } from './occupancy';
import { revenueReport } from './revenue';
import type { YearReport } from './schema';
import { unpaidReport } from './unpaid';
import { yearsWithActivity } from './years';

/** The fiscal year running on `today`. */
export function currentFiscalYear(db: Db, today: string): number {
  return fiscalYearContaining(readSection(db, 'accounting').fiscalYearStartMonth, today);
}

/** The treasurer's yearly reports: revenue, what is still unpaid, occupancy and attendance. */
export function yearReport(db: Db, year: number, today: string): YearReport {
  const period = fiscalYearOf(db, year);
  const revenue = revenueReport(db, period);
  const unpaid = unpaidReport(db, period, today);
  const occupancy = occupancyReport(db, period);
  const attendance = attendanceReport(db, period);
  const hasActivity = revenue.total.invoices + revenue.total.creditNotes > 0 || attendance.total.visits > 0 || occupancy.total.used > 0;
  return { year, start: period.start, end: period.end, hasActivity, years: yearsWithActivity(db), revenue, unpaid, occupancy, attendance };
}
