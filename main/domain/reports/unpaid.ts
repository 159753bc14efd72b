import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import type { FiscalPeriod } from '../accounting/fiscal-year';
import { BALANCE_SQL } from '../invoicing/balance';
import { UNPAID_AGES, type UnpaidAge, type UnpaidReport } from './schema';

/**
 * The invoices issued in the period that still have a balance today, by how many days past their due
 * date they are (as the overdue list counts them: due yesterday is 1 day late). Balances first, over
 * the covering indexes the overdue list uses; then one row per age.
 */
const BY_AGE = `
  WITH open AS MATERIALIZED (
    SELECT i.due_date AS dueDate, ${BALANCE_SQL} AS balance
      FROM invoices i
     WHERE i.number IS NOT NULL AND i.issue_date BETWEEN @start AND @end AND i.kind = 'invoice')
  SELECT CASE WHEN dueDate >= @today THEN 'not_due'
              WHEN julianday(@today) - julianday(dueDate) <= 30 THEN '1-30'
              WHEN julianday(@today) - julianday(dueDate) <= 60 THEN '31-60'
              WHEN julianday(@today) - julianday(dueDate) <= 90 THEN '61-90'
              ELSE '90+' END AS age,
         count(*) AS count, sum(balance) AS balanceCents
    FROM open
   WHERE balance > 0
   GROUP BY age`;

/** What is still due today on the year's invoices, not yet due and by age past due. */
export function unpaidReport(db: Db, period: FiscalPeriod, today: string): UnpaidReport {
  const rows = sql(db, BY_AGE).all({ start: period.start, end: period.end, today }) as { age: UnpaidAge; count: number; balanceCents: number }[];
  const found = new Map(rows.map((row) => [row.age, row]));
  const buckets = UNPAID_AGES.map((age) => ({ age, count: found.get(age)?.count ?? 0, balanceCents: found.get(age)?.balanceCents ?? 0 }));
  const total = {
    count: buckets.reduce((sum, bucket) => sum + bucket.count, 0),
    balanceCents: buckets.reduce((sum, bucket) => sum + bucket.balanceCents, 0),
  };
  return { today, buckets, total };
}
