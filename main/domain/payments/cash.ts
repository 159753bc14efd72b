import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import type { CashJournal } from './schema';

/**
 * The cash journal of a period: every cash receipt (settling invoices, or paid in advance) and reversal,
 * with the running balance of the till.
 */
export function cashJournal(db: Db, from: string, to: string): CashJournal {
  const openingCents = sql(db, "SELECT coalesce(sum(amount_cents), 0) FROM payments WHERE method = 'cash' AND date < ?").pluck().get(from) as number;
  const rows = sql(
    db,
    `SELECT p.id AS paymentId, p.date, m.first_name || ' ' || m.last_name AS memberName, p.amount_cents AS amountCents,
            p.reverses_id AS reversesId,
            (SELECT group_concat(i.number, ', ') FROM payment_allocations a JOIN invoices i ON i.id = a.invoice_id WHERE a.payment_id = p.id) AS numbers
       FROM payments p JOIN members m ON m.id = p.member_id
      WHERE p.method = 'cash' AND p.date BETWEEN ? AND ? ORDER BY p.date, p.id`,
  ).all(from, to) as { paymentId: number; date: string; memberName: string; amountCents: number; reversesId: number | null; numbers: string | null }[];
  let balance = openingCents;
  const lines = rows.map((row) => {
    balance += row.amountCents;
    const entry: CashJournal['rows'][number]['entry'] = row.reversesId !== null ? 'reversal' : row.numbers ? 'settlement' : 'advance';
    return {
      paymentId: row.paymentId,
      date: row.date,
      memberName: row.memberName,
      entry,
      invoiceNumbers: row.numbers ?? '',
      reversesId: row.reversesId,
      inCents: Math.max(row.amountCents, 0),
      outCents: Math.max(-row.amountCents, 0),
      balanceCents: balance,
    };
  });
  return { from, to, openingCents, rows: lines, closingCents: balance };
}
