/**
 * The treasurer's heavy operations (DESIGN §7): the monthly billing run (< 200 ms) and the verification
 * of the whole chain (< 2 s), through the dispatcher, each beside the raw SQL it rests on.
 */
import type { Db } from '../main/db/open';
import { billableItems } from '../main/domain/invoicing/sources';
import { lastDayOfMonth, shiftDate } from '../main/domain/common/time';
import { time, type BenchRow } from './measure';

const RUNS = 20;
const SCREEN_RUNS = 100;
const VERIFY_RUNS = 10;


type Call = (method: 'invoices.run' | 'ledger.verify' | 'invoices.list' | 'invoices.overdue' | 'payments.list', input: unknown) => unknown;

/** The reads a billing run makes for one month, as plain statements. */
function rawMonthReads(db: Db): (first: string, last: string) => unknown[] {
  const statements = [
    db.prepare("SELECT * FROM plans WHERE kind <> 'carnet' AND start_date <= @last AND (end_date IS NULL OR end_date >= @first)"),
    db.prepare("SELECT * FROM plans WHERE kind = 'carnet' AND start_date BETWEEN @first AND @last"),
    db.prepare('SELECT * FROM memberships WHERE substr(created_at, 1, 10) BETWEEN @first AND @last'),
    db.prepare("SELECT * FROM half_day_uses WHERE coverage = 'dropin' AND date BETWEEN @first AND @last"),
    db.prepare("SELECT * FROM calls WHERE month = substr(@first, 1, 7) AND member_id IS NOT NULL"),
  ];
  return (first, last) => statements.map((statement) => statement.all({ first, last }));
}

/** Of last month and this one, the month with the most left to bill (the demonstration leaves last month for the treasurer). */
function monthToBill(db: Db, today: string): { month: string; first: string; last: string; items: number } {
  const candidates = [shiftDate(`${today.slice(0, 7)}-01`, -1).slice(0, 7), today.slice(0, 7)].map((month) => ({ month, items: billableItems(db, month, today).length }));
  const best = candidates.sort((a, b) => b.items - a.items)[0] as { month: string; items: number };
  return { ...best, first: `${best.month}-01`, last: lastDayOfMonth(best.month) };
}

/** Each billing run is rolled back, so every run drafts and issues the same month from scratch. */
function rolledBack<T>(db: Db, work: () => T): T {
  db.exec('BEGIN');
  try {
    return work();
  } finally {
    db.exec('ROLLBACK');
  }
}

export function benchInvoicing(db: Db, call: Call, today: string): { rows: BenchRow[]; facts: Record<string, number> } {
  const target = monthToBill(db, today);
  const raw = rawMonthReads(db);
  const rawMonth = time(() => raw(target.first, target.last), RUNS);
  const run = time(() => rolledBack(db, () => call('invoices.run', { month: target.month, issue: true })), RUNS);
  const issued = rolledBack(db, () => (call('invoices.run', { month: target.month, issue: true }) as { issued: unknown[] }).issued.length);

  const everything = ['chain', 'invoices', 'invoice_lines', 'payments', 'payment_allocations'].map((table) => db.prepare(`SELECT * FROM ${table}`));
  const rawAll = time(() => everything.map((statement) => statement.all()), VERIFY_RUNS);
  const verify = time(() => call('ledger.verify', {}), VERIFY_RUNS);
  const count = (query: string) => db.prepare(query).pluck().get() as number;
  const year = Number(today.slice(0, 4));
  const invoicesOfYear = db.prepare("SELECT * FROM invoices WHERE issue_date BETWEEN ? AND ? OR number IS NULL");
  const rawYear = time(() => invoicesOfYear.all(`${year}-01-01`, `${year}-12-31`), SCREEN_RUNS);
  const paymentsOfMonth = db.prepare('SELECT * FROM payments WHERE date BETWEEN ? AND ?');
  const lastMonth = shiftDate(`${today.slice(0, 7)}-01`, -1);
  const rawPayments = time(() => paymentsOfMonth.all(`${lastMonth.slice(0, 7)}-01`, lastMonth), SCREEN_RUNS);
  return {
    rows: [
      { operation: `invoices.list via dispatcher, ${year}`, timing: time(() => call('invoices.list', { year }), SCREEN_RUNS), raw: rawYear, targetMs: 10 },
      { operation: 'invoices.overdue via dispatcher', timing: time(() => call('invoices.overdue', {}), SCREEN_RUNS), raw: rawYear, targetMs: 10 },
      { operation: `payments.list via dispatcher, ${lastMonth.slice(0, 7)}`, timing: time(() => call('payments.list', { from: `${lastMonth.slice(0, 7)}-01`, to: lastMonth }), SCREEN_RUNS), raw: rawPayments, targetMs: 10 },
      { operation: `invoices.run --issue via dispatcher, ${target.month} (${issued} invoices)`, timing: run, raw: rawMonth, targetMs: 200 },
      { operation: 'ledger.verify via dispatcher, whole chain', timing: verify, raw: rawAll, targetMs: 2000 },
    ],
    facts: {
      invoices: count("SELECT count(*) FROM invoices WHERE kind = 'invoice' AND number IS NOT NULL"),
      creditNotes: count("SELECT count(*) FROM invoices WHERE kind = 'credit-note'"),
      payments: count('SELECT count(*) FROM payments'),
      chainLinks: count('SELECT count(*) FROM chain'),
    },
  };
}
