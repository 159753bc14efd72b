/**
 * The treasurer's exports and reports (DESIGN §7): one fiscal year's FEC (< 300 ms) beside the raw SQL
 * it rests on (every chained record and deposit slip: lettering looks across years), and the yearly
 * reports screen (< 10 ms) beside the year's invoice lines and half-days.
 */
import type { Db } from '../main/db/open';
import { time, type BenchRow } from './measure';

const RUNS = 20;
const SCREEN_RUNS = 100;


type Call = (method: 'accounting.fec' | 'reports.year', input: unknown) => unknown;

export function benchAccounting(db: Db, call: Call, today: string): { rows: BenchRow[]; facts: Record<string, number> } {
  const year = Number(today.slice(0, 4)) - 1;
  const reads = ['invoices WHERE number IS NOT NULL', 'invoice_lines', 'payments', 'payment_allocations', 'cheque_deposits'].map((from) => db.prepare(`SELECT * FROM ${from}`));
  const raw = time(() => reads.map((statement) => statement.all()), RUNS);
  const fec = time(() => call('accounting.fec', { year }), RUNS);
  const { lines } = call('accounting.fec', { year }) as { lines: number };
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  const yearReads = [
    db.prepare('SELECT l.kind, l.net_cents, i.issue_date FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id WHERE i.number IS NOT NULL AND i.issue_date BETWEEN ? AND ?'),
    db.prepare('SELECT date, half, coverage FROM half_day_uses WHERE date BETWEEN ? AND ?'),
  ];
  const rawYear = time(() => yearReads.map((statement) => statement.all(from, to)), SCREEN_RUNS);
  const report = time(() => call('reports.year', { year }), SCREEN_RUNS);
  return {
    rows: [
      { operation: `accounting.fec via dispatcher, ${year} (${lines} lines)`, timing: fec, raw, targetMs: 300 },
      { operation: `reports.year via dispatcher, ${year}`, timing: report, raw: rawYear, targetMs: 10 },
    ],
    facts: { fecLines: lines },
  };
}
