import { assertDateOpen } from '../accounting/closed';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { readSection } from '../settings/store';
import type { DepositSlip } from './schema';

type Cheque = DepositSlip['cheques'][number];

const CHEQUES = `
  SELECT p.id AS paymentId, p.date, m.first_name || ' ' || m.last_name AS memberName, p.cheque_drawer AS drawer,
         p.cheque_bank AS bank, p.cheque_number AS number, p.amount_cents AS amountCents
    FROM payments p JOIN members m ON m.id = p.member_id`;

/** Cheques received and not yet taken to the bank (a cheque cancelled before is left out). */
export function chequesToDeposit(db: Db): Cheque[] {
  return sql(
    db,
    `${CHEQUES} WHERE p.method = 'cheque' AND p.reverses_id IS NULL AND p.deposit_id IS NULL
       AND NOT EXISTS (SELECT 1 FROM payments r WHERE r.reverses_id = p.id) ORDER BY p.date, p.id`,
  ).all() as Cheque[];
}

/** A deposit slip (bordereau de remise de chèques) for the cheques chosen, numbered `R2026-001`. */
export function createDeposit(db: Db, input: { paymentIds: number[]; date: string; bank?: string | undefined }, at: string, staffId: number | null): DepositSlip {
  // Taken to the bank today or earlier, and not before the cheques it carries were received.
  if (input.date > at.slice(0, 10)) throw new Refusal('errors.payments.deposit_future', {}, { field: 'date' });
  assertDateOpen(db, input.date, 'date');
  const waiting = new Map(chequesToDeposit(db).map((cheque) => [cheque.paymentId, cheque.date]));
  input.paymentIds.forEach((id, index) => {
    const received = waiting.get(id);
    if (received === undefined) throw new Refusal('errors.payments.cheque_not_waiting', {}, { field: `paymentIds.${index}` });
    if (received > input.date) throw new Refusal('errors.payments.deposit_before_cheque', { date: received }, { field: 'date' });
  });
  const year = input.date.slice(0, 4);
  const count = sql(db, "SELECT count(*) FROM cheque_deposits WHERE number LIKE 'R' || ? || '-%'").pluck().get(year) as number;
  const number = `R${year}-${String(count + 1).padStart(3, '0')}`;
  const id = Number(
    sql(db, 'INSERT INTO cheque_deposits (number, date, bank, created_at, created_by) VALUES (?, ?, ?, ?, ?)').run(number, input.date, input.bank ?? readSection(db, 'invoicing').bankName, at, staffId)
      .lastInsertRowid,
  );
  const file = sql(db, 'UPDATE payments SET deposit_id = ? WHERE id = ?');
  for (const paymentId of new Set(input.paymentIds)) file.run(id, paymentId);
  return depositSlip(db, id);
}

export function depositSlip(db: Db, id: number): DepositSlip {
  const deposit = sql(db, 'SELECT id, number, date, bank FROM cheque_deposits WHERE id = ?').get(id) as Omit<DepositSlip, 'cheques' | 'count' | 'totalCents'> | undefined;
  if (!deposit) throw new Refusal('errors.payments.deposit_not_found', {}, { code: 'not_found', field: 'depositId' });
  const cheques = sql(db, `${CHEQUES} WHERE p.deposit_id = ? ORDER BY p.date, p.id`).all(id) as Cheque[];
  return { ...deposit, cheques, count: cheques.length, totalCents: cheques.reduce((sum, cheque) => sum + cheque.amountCents, 0) };
}

export function listDeposits(db: Db): Omit<DepositSlip, 'cheques'>[] {
  return sql(
    db,
    `SELECT d.id, d.number, d.date, d.bank, count(p.id) AS count, coalesce(sum(p.amount_cents), 0) AS totalCents
       FROM cheque_deposits d LEFT JOIN payments p ON p.deposit_id = d.id GROUP BY d.id ORDER BY d.date DESC, d.id DESC`,
  ).all() as Omit<DepositSlip, 'cheques'>[];
}
