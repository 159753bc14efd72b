import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { fiscalYearContaining } from '../accounting/fiscal-year';
import { readSection } from '../settings/store';

/**
 * The first and last day anything happened: a document issued, a visit, a desk booked or held by a
 * plan. Each `min`/`max` is one step down an index; plans are few.
 */
const SPAN = `
  SELECT min(d) AS first, max(d) AS last FROM (
    SELECT min(issue_date) AS d FROM invoices WHERE number IS NOT NULL
    UNION ALL SELECT max(issue_date) FROM invoices WHERE number IS NOT NULL
    UNION ALL SELECT min(date) FROM attendances
    UNION ALL SELECT max(date) FROM attendances
    UNION ALL SELECT min(date) FROM seat_holds
    UNION ALL SELECT max(date) FROM seat_holds
    UNION ALL SELECT min(start_date) FROM plans WHERE seat_id IS NOT NULL AND kind <> 'carnet')`;

/** The fiscal years from the first to the last with activity (none in an empty space). */
export function yearsWithActivity(db: Db): number[] {
  const { first, last } = sql(db, SPAN).get() as { first: string | null; last: string | null };
  if (first === null || last === null) return [];
  const startMonth = readSection(db, 'accounting').fiscalYearStartMonth;
  const years: number[] = [];
  for (let year = fiscalYearContaining(startMonth, first); year <= fiscalYearContaining(startMonth, last); year += 1) years.push(year);
  return years;
}
