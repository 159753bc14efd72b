/**
 * The treasurer's exports (DESIGN §7): one fiscal year's FEC (< 300 ms) through the dispatcher,
 * beside the raw SQL it rests on (every chained record and deposit slip: lettering looks across years).
 */
import type { Db } from '../main/db/open';
import { time, type Timing } from './measure';

const RUNS = 20;

export interface AccountingRow {
  operation: string;
  timing: Timing;
  raw: Timing;
  targetMs: number;
}

type Call = (method: 'accounting.fec', input: unknown) => unknown;

export function benchAccounting(db: Db, call: Call, today: string): { rows: AccountingRow[]; facts: Record<string, number> } {
  const year = Number(today.slice(0, 4)) - 1;
  const reads = ['invoices WHERE number IS NOT NULL', 'invoice_lines', 'payments', 'payment_allocations', 'cheque_deposits'].map((from) => db.prepare(`SELECT * FROM ${from}`));
  const raw = time(() => reads.map((statement) => statement.all()), RUNS);
  const fec = time(() => call('accounting.fec', { year }), RUNS);
  const { lines } = call('accounting.fec', { year }) as { lines: number };
  return { rows: [{ operation: `accounting.fec via dispatcher, ${year} (${lines} lines)`, timing: fec, raw, targetMs: 300 }], facts: { fecLines: lines } };
}
