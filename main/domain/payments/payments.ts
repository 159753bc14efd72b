import { assertDateOpen } from '../accounting/closed';
import { shiftDate } from '../common/time';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { BALANCE_SQL } from '../invoicing/balance';
import { appendToChain } from '../ledger/chain';
import { getMember, organisationOf } from '../members/members';
import type { AddPaymentInput, MemberAccount, Payment, PaymentQuery } from './schema';

export interface PaymentContext {
  today: string;
  at: string;
  staffId: number | null;
}

interface OpenInvoice {
  id: number;
  number: string;
  balanceCents: number;
}


/** A member's issued invoices still due, oldest first. */
export function openInvoices(db: Db, memberId: number): OpenInvoice[] {
  return sql(
    db,
    `SELECT * FROM (SELECT i.id, i.number, ${BALANCE_SQL} AS balanceCents FROM invoices i
      WHERE i.member_id = ? AND i.kind = 'invoice' AND i.number IS NOT NULL ORDER BY i.issue_date, i.id) WHERE balanceCents > 0`,
  ).all(memberId) as OpenInvoice[];
}

/** What the member owes, and what they have in hand: unallocated payments plus credit notes beyond what was due. */
export function memberAccount(db: Db, memberId: number): MemberAccount {
  const row = sql(
    db,
    `SELECT
       (SELECT coalesce(sum(max(b, 0)), 0) FROM (SELECT ${BALANCE_SQL} AS b FROM invoices i WHERE i.member_id = @memberId AND i.kind = 'invoice' AND i.number IS NOT NULL)) AS dueCents,
       (SELECT coalesce(sum(max(-b, 0)), 0) FROM (SELECT ${BALANCE_SQL} AS b FROM invoices i WHERE i.member_id = @memberId AND i.kind = 'invoice' AND i.number IS NOT NULL))
       + (SELECT coalesce(sum(CASE WHEN p.method = 'credit' THEN -p.amount_cents
                                   ELSE p.amount_cents - (SELECT coalesce(sum(a.amount_cents), 0) FROM payment_allocations a WHERE a.payment_id = p.id) END), 0)
            FROM payments p WHERE p.member_id = @memberId) AS creditCents`,
  ).get({ memberId }) as { dueCents: number; creditCents: number };
  // A reversed payment whose surplus was already spent leaves the credit below zero: that is owed too.
  return { memberId, dueCents: row.dueCents + Math.max(0, -row.creditCents), creditCents: Math.max(0, row.creditCents) };
}

function allocationsFor(db: Db, input: AddPaymentInput): { invoiceId: number; amountCents: number }[] {
  const open = openInvoices(db, input.memberId);
  if (input.allocations === undefined) {
    let left = input.amountCents;
    return open.flatMap((invoice) => {
      const amountCents = Math.min(left, invoice.balanceCents);
      left -= amountCents;
      return amountCents > 0 ? [{ invoiceId: invoice.id, amountCents }] : [];
    });
  }
  let total = 0;
  input.allocations.forEach((allocation, index) => {
    const invoice = open.find((candidate) => candidate.id === allocation.invoiceId);
    if (!invoice) throw new Refusal('errors.payments.invoice_not_open', {}, { field: `allocations.${index}.invoiceId` });
    if (allocation.amountCents > invoice.balanceCents) {
      throw new Refusal('errors.payments.more_than_due', { number: invoice.number, dueCents: invoice.balanceCents }, { field: `allocations.${index}.amountCents` });
    }
    total += allocation.amountCents;
  });
  if (total > input.amountCents) throw new Refusal('errors.payments.allocated_more_than_paid', {}, { field: 'amountCents' });
  return input.allocations;
}

/**
 * Records money received and what it settles, then chains it. Paying more than is due leaves the
 * rest as the member's credit; paying with `credit` spends that credit and must settle invoices.
 */
export function addPayment(db: Db, input: AddPaymentInput, context: PaymentContext): Payment {
  getMember(db, input.memberId);
  const date = input.date ?? context.today;
  if (date > context.today) throw new Refusal('errors.payments.future_date', {}, { field: 'date' });
  // A slip of the keyboard (1926 for 2026) would otherwise open years of accounts nobody kept.
  if (date < shiftDate(context.today, -366)) throw new Refusal('errors.payments.too_old', {}, { field: 'date' });
  assertDateOpen(db, date, 'date');
  const credit = input.method === 'credit' ? memberAccount(db, input.memberId).creditCents : 0;
  if (input.method === 'credit' && input.amountCents > credit) throw new Refusal('errors.payments.not_enough_credit', { creditCents: credit }, { field: 'amountCents' });
  const allocations = allocationsFor(db, input);
  if (input.method === 'credit' && allocations.reduce((sum, a) => sum + a.amountCents, 0) !== input.amountCents) {
    throw new Refusal('errors.payments.credit_must_settle', {}, { field: 'amountCents' });
  }
  const cheque = input.method === 'cheque';
  const id = Number(
    sql(
      db,
      `INSERT INTO payments (member_id, organisation_id, date, method, amount_cents, cheque_bank, cheque_number, cheque_drawer, reference, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      input.memberId,
      organisationOf(db, input.memberId),
      date,
      input.method,
      input.amountCents,
      cheque ? input.chequeBank : '',
      cheque ? input.chequeNumber : '',
      cheque ? input.chequeDrawer : '',
      input.reference,
      context.at,
      context.staffId,
    ).lastInsertRowid,
  );
  const allocate = sql(db, 'INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents) VALUES (?, ?, ?)');
  for (const allocation of allocations) allocate.run(id, allocation.invoiceId, allocation.amountCents);
  appendToChain(db, 'payment', id, context.at);
  markMembershipsPaid(db, allocations.map((a) => a.invoiceId), date);
  return getPayment(db, id);
}

/** A membership billed on an invoice now settled is paid: the member page says so. */
function markMembershipsPaid(db: Db, invoiceIds: number[], date: string): void {
  const mark = sql(
    db,
    `UPDATE memberships SET paid_on = ? WHERE paid_on IS NULL AND id IN (
       SELECT CAST(substr(s.source, 12) AS INTEGER) FROM billed_sources s JOIN invoice_lines l ON l.id = s.line_id
        WHERE l.invoice_id = ? AND s.source LIKE 'membership:%')
       AND (SELECT ${BALANCE_SQL} FROM invoices i WHERE i.id = ?) <= 0`,
  );
  for (const invoiceId of invoiceIds) mark.run(date, invoiceId, invoiceId);
}

/** A mistaken payment is cancelled by its counter-entry (negative, same allocations), never deleted. */
export function reversePayment(db: Db, paymentId: number, context: PaymentContext): Payment {
  const payment = getPayment(db, paymentId);
  if (payment.reversesId !== null) throw new Refusal('errors.payments.reversal_not_reversed', {}, { field: 'paymentId' });
  if (payment.reversedById !== null) throw new Refusal('errors.payments.already_reversed', {}, { field: 'paymentId' });
  assertDateOpen(db, context.today, 'paymentId');
  const id = Number(
    sql(
      db,
      `INSERT INTO payments (member_id, organisation_id, date, method, amount_cents, reference, reverses_id, created_at, created_by)
       SELECT member_id, organisation_id, ?, method, -amount_cents, reference, id, ?, ? FROM payments WHERE id = ?`,
    ).run(context.today, context.at, context.staffId, paymentId).lastInsertRowid,
  );
  sql(db, 'INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents) SELECT ?, invoice_id, -amount_cents FROM payment_allocations WHERE payment_id = ?').run(id, paymentId);
  appendToChain(db, 'payment', id, context.at);
  return getPayment(db, id);
}

const SELECT = `
  SELECT p.id, p.member_id AS memberId, m.first_name || ' ' || m.last_name AS memberName, p.date, p.method, p.amount_cents AS amountCents,
         p.cheque_bank AS chequeBank, p.cheque_number AS chequeNumber, p.cheque_drawer AS chequeDrawer, p.reference,
         p.reverses_id AS reversesId, r.id AS reversedById, d.number AS depositNumber,
         (SELECT json_group_array(json_object('invoiceId', a.invoice_id, 'number', i.number, 'amountCents', a.amount_cents))
            FROM payment_allocations a JOIN invoices i ON i.id = a.invoice_id WHERE a.payment_id = p.id) AS allocations
    FROM payments p JOIN members m ON m.id = p.member_id
    LEFT JOIN payments r ON r.reverses_id = p.id
    LEFT JOIN cheque_deposits d ON d.id = p.deposit_id`;

type PaymentRow = Omit<Payment, 'allocations' | 'unallocatedCents'> & { allocations: string };

function toPayment(row: PaymentRow): Payment {
  const allocations = JSON.parse(row.allocations) as Payment['allocations'];
  const allocated = allocations.reduce((sum, a) => sum + a.amountCents, 0);
  return { ...row, allocations, unallocatedCents: row.method === 'credit' ? 0 : row.amountCents - allocated };
}

export function getPayment(db: Db, id: number): Payment {
  const row = sql(db, `${SELECT} WHERE p.id = ?`).get(id) as PaymentRow | undefined;
  if (!row) throw new Refusal('errors.payments.not_found', {}, { code: 'not_found', field: 'paymentId' });
  return toPayment(row);
}

/** What each payment settled of one invoice, oldest first. */
export function settlementsOf(db: Db, invoiceId: number): { paymentId: number; date: string; method: string; amountCents: number }[] {
  return sql(
    db,
    'SELECT p.id AS paymentId, p.date, p.method, a.amount_cents AS amountCents FROM payment_allocations a JOIN payments p ON p.id = a.payment_id WHERE a.invoice_id = ? ORDER BY p.date, p.id',
  ).all(invoiceId) as { paymentId: number; date: string; method: string; amountCents: number }[];
}

/** Payments of a period (the current month by default), newest first. */
export function listPayments(db: Db, query: PaymentQuery, today: string): Payment[] {
  const where = ['p.date BETWEEN ? AND ?'];
  const params: (string | number)[] = [query.from ?? (query.memberId === undefined ? `${today.slice(0, 7)}-01` : '0000-01-01'), query.to ?? '9999-12-31'];
  if (query.memberId !== undefined) {
    where.push('p.member_id = ?');
    params.push(query.memberId);
  }
  if (query.method !== undefined) {
    where.push('p.method = ?');
    params.push(query.method);
  }
  return (sql(db, `${SELECT} WHERE ${where.join(' AND ')} ORDER BY p.date DESC, p.id DESC`).all(...params) as PaymentRow[]).map(toPayment);
}
