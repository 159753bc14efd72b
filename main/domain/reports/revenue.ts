import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import type { FiscalPeriod } from '../accounting/fiscal-year';
import { everyMonth, monthsOf } from './months';
import { REVENUE_GROUP_NAMES, REVENUE_GROUPS, type RevenueReport } from './schema';

type Figures = Omit<RevenueReport['months'][number], 'month'>;

// One sum per group of line kinds: `sum(CASE WHEN l.kind IN ('permanent','trainee') THEN l.net_cents ELSE 0 END) AS desksCents, …`.
const GROUP_SUMS = REVENUE_GROUP_NAMES.map(
  (group) => `sum(CASE WHEN l.kind IN (${REVENUE_GROUPS[group].map((kind) => `'${kind}'`).join(', ')}) THEN l.net_cents ELSE 0 END) AS ${group}`,
).join(',\n         ');

/**
 * Lines of the invoices and credit notes issued in the period, by issue month: a credit note's lines
 * are negative, so each sum is what was invoiced less what was credited. Drafts are not revenue.
 * (Not `AS month`: `invoices.month`, the billing run's month, would win in `GROUP BY`.)
 */
const BY_MONTH = `
  SELECT substr(i.issue_date, 1, 7) AS issueMonth,
         ${GROUP_SUMS},
         sum(l.net_cents) AS netCents
    FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
   WHERE i.number IS NOT NULL AND i.issue_date BETWEEN @start AND @end
   GROUP BY issueMonth`;

const TOTALS = `
  SELECT count(*) FILTER (WHERE i.kind = 'invoice') AS invoices,
         count(*) FILTER (WHERE i.kind = 'credit-note') AS creditNotes,
         coalesce(sum(i.net_cents) FILTER (WHERE i.kind = 'credit-note'), 0) AS creditNotesCents,
         coalesce(sum(i.vat_cents), 0) AS vatCents,
         coalesce(sum(i.gross_cents), 0) AS grossCents
    FROM invoices i
   WHERE i.number IS NOT NULL AND i.issue_date BETWEEN @start AND @end`;

const zero = (): Figures => ({ desksCents: 0, passesCents: 0, membershipsCents: 0, phoneCents: 0, otherCents: 0, netCents: 0 });

/** Revenue excluding VAT by month and by kind of line, with the year's totals including VAT. */
export function revenueReport(db: Db, period: FiscalPeriod): RevenueReport {
  const range = { start: period.start, end: period.end };
  const rows = sql(db, BY_MONTH).all(range) as (Figures & { issueMonth: string })[];
  const months = everyMonth(monthsOf(period), new Map(rows.map(({ issueMonth, ...figures }) => [issueMonth, figures])), zero);
  const sums = zero();
  for (const row of months) for (const key of Object.keys(sums) as (keyof Figures)[]) sums[key] += row[key];
  const documents = sql(db, TOTALS).get(range) as RevenueReport['total'];
  return { months, total: { ...sums, ...documents } };
}
