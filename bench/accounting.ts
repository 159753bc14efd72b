/**
 * The treasurer's exports and reports (DESIGN §7): one fiscal year's FEC (< 300 ms) beside the raw SQL
 * it rests on (every chained record and deposit slip: lettering looks across years), the reports
 * screen and the list of fiscal years (< 10 ms) beside the year's invoice lines and half-days.
 */
import type { Db } from '../main/db/open';
import type { Call } from './datasets';
import { time, TARGETS, type BenchRow } from './measure';

const RUNS = 20;
const SCREEN_RUNS = 100;

export function benchAccounting(db: Db, call: Call, today: string): { rows: BenchRow[]; facts: Record<string, number> } {
  const thisYear = Number(today.slice(0, 4));
  const reads = ['invoices WHERE number IS NOT NULL', 'invoice_lines', 'payments', 'payment_allocations', 'cheque_deposits'].map((from) => db.prepare(`SELECT * FROM ${from}`));
  const raw = time(() => reads.map((statement) => statement.all()), RUNS);
  const rows: BenchRow[] = [];
  const facts: Record<string, number> = {};
  // The year running (the demonstration's busiest at both sizes) and the last finished one (what the treasurer sends).
  for (const [label, year] of [
    ['this fiscal year, to date', thisYear],
    ['last fiscal year', thisYear - 1],
  ] as const) {
    const { lines } = call('accounting.fec', { year }) as { lines: number };
    facts[`fecLines${year}`] = lines;
    rows.push({ operation: `FEC of ${label} (accounting.fec)`, detail: `${year}, ${lines} lines`, timing: time(() => call('accounting.fec', { year }), RUNS), raw, targetMs: TARGETS.fec });
  }
  const yearReads = [
    db.prepare('SELECT l.kind, l.net_cents, i.issue_date FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id WHERE i.number IS NOT NULL AND i.issue_date BETWEEN ? AND ?'),
    db.prepare('SELECT date, half, coverage FROM half_day_uses WHERE date BETWEEN ? AND ?'),
  ];
  for (const [label, year] of [
    ['« Rapports », this year', thisYear],
    ['last year', thisYear - 1],
  ] as const) {
    const rawYear = time(() => yearReads.map((statement) => statement.all(`${year}-01-01`, `${year}-12-31`)), SCREEN_RUNS);
    rows.push({ operation: `reports.year (${label})`, detail: String(year), timing: time(() => call('reports.year', { year }), SCREEN_RUNS), raw: rawYear, targetMs: TARGETS.screen });
  }
  const yearsReads = [
    db.prepare('SELECT * FROM closings'),
    db.prepare('SELECT substr(issue_date, 1, 4), count(*) FROM invoices WHERE number IS NOT NULL GROUP BY 1'),
    db.prepare('SELECT substr(date, 1, 4), count(*) FROM payments GROUP BY 1'),
  ];
  rows.push({
    operation: 'accounting.years (« Exports », « Clôture »)',
    detail: 'each year with its documents and payments counted',
    timing: time(() => call('accounting.years', {}), SCREEN_RUNS),
    raw: time(() => yearsReads.map((statement) => statement.all()), SCREEN_RUNS),
    targetMs: TARGETS.screen,
  });
  return { rows, facts };
}
