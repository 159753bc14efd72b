import type { Db } from '../../db/open';
import { sql } from '../../db/statements';

/** An issued invoice or credit note, as its journal entry needs it. */
export interface DocumentRecord {
  id: number;
  kind: 'invoice' | 'credit-note';
  party: string;
  number: string;
  date: string;
  validDate: string;
  correctsId: number | null;
  /** When it was issued (ISO time), to order entries of one day. */
  createdAt: string;
  vatCents: number;
  grossCents: number;
  /** Net excluding VAT per kind of line (`permanent`, `membership`…). */
  netByKind: Map<string, number>;
}

export interface PaymentRecord {
  id: number;
  memberId: number;
  party: string;
  date: string;
  validDate: string;
  createdAt: string;
  method: 'cash' | 'cheque' | 'transfer' | 'card' | 'credit';
  amountCents: number;
  reversesId: number | null;
  /** The day the cheque (or, for a reversal, the cheque it cancels) went to the bank, if it did. */
  depositDate: string | null;
  allocations: { invoiceId: number; amountCents: number }[];
}

export interface DepositRecord {
  id: number;
  number: string;
  date: string;
  validDate: string;
  createdAt: string;
  amountCents: number;
}


// The validation date is the day the record was made final: its timestamp is written in Paris time.
const DAY_OF = (column: string) => `substr(${column}, 1, 10)`;

/** A customer account: `U0007` for a member billed in their own name, `O0002` for an organisation. */
const PARTY_SQL = (alias: string) =>
  `CASE WHEN ${alias}.organisation_id IS NULL THEN 'U' || printf('%04d', ${alias}.member_id) ELSE 'O' || printf('%04d', ${alias}.organisation_id) END`;

/** The issued documents dated up to `until`, with their net per kind of line. */
export function readDocuments(db: Db, until: string): DocumentRecord[] {
  const rows = sql(
    db,
    `SELECT id, kind, ${PARTY_SQL('i')} AS party, number, issue_date AS date, ${DAY_OF('issued_at')} AS validDate, issued_at AS createdAt,
            corrects_id AS correctsId, vat_cents AS vatCents, gross_cents AS grossCents
       FROM invoices i WHERE number IS NOT NULL AND issue_date <= ? ORDER BY id`,
  ).all(until) as Omit<DocumentRecord, 'netByKind'>[];
  const lines = sql(
    db,
    `SELECT l.invoice_id AS id, l.kind, l.net_cents AS net
       FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id WHERE i.number IS NOT NULL AND i.issue_date <= ?`,
  ).all(until) as { id: number; kind: string; net: number }[];
  const byId = new Map<number, DocumentRecord>();
  for (const row of rows) byId.set(row.id, { ...row, netByKind: new Map() });
  for (const { id, kind, net } of lines) {
    const nets = byId.get(id)?.netByKind;
    nets?.set(kind, (nets.get(kind) ?? 0) + net);
  }
  return [...byId.values()];
}

/** The payments dated up to `until`, with what they settle. */
export function readPayments(db: Db, until: string): PaymentRecord[] {
  const rows = sql(
    db,
    `SELECT p.id, p.member_id AS memberId, ${PARTY_SQL('p')} AS party, p.date, ${DAY_OF('p.created_at')} AS validDate, p.created_at AS createdAt, p.method,
            p.amount_cents AS amountCents, p.reverses_id AS reversesId, coalesce(d.date, od.date) AS depositDate
       FROM payments p
       LEFT JOIN cheque_deposits d ON d.id = p.deposit_id
       LEFT JOIN payments o ON o.id = p.reverses_id
       LEFT JOIN cheque_deposits od ON od.id = o.deposit_id
      WHERE p.date <= ? ORDER BY p.id`,
  ).all(until) as Omit<PaymentRecord, 'allocations'>[];
  const allocations = sql(
    db,
    `SELECT a.payment_id AS paymentId, a.invoice_id AS invoiceId, a.amount_cents AS amountCents
       FROM payments p JOIN payment_allocations a ON a.payment_id = p.id WHERE p.date <= ? ORDER BY a.payment_id, a.invoice_id`,
  ).all(until) as {
    paymentId: number;
    invoiceId: number;
    amountCents: number;
  }[];
  const byId = new Map<number, PaymentRecord>();
  for (const row of rows) byId.set(row.id, { ...row, allocations: [] });
  for (const { paymentId, ...allocation } of allocations) byId.get(paymentId)?.allocations.push(allocation);
  return [...byId.values()];
}

export function readDeposits(db: Db, until: string): DepositRecord[] {
  return sql(
    db,
    `SELECT d.id, d.number, d.date, ${DAY_OF('d.created_at')} AS validDate, d.created_at AS createdAt, coalesce(sum(p.amount_cents), 0) AS amountCents
       FROM cheque_deposits d LEFT JOIN payments p ON p.deposit_id = d.id
      WHERE d.date <= ? GROUP BY d.id ORDER BY d.id`,
  ).all(until) as DepositRecord[];
}

/**
 * The name of each customer account: as its first document printed it (a member's name stays on
 * their invoices after anonymisation, as the law keeps it); an organisation's or a member's own name
 * for a customer who paid before any document.
 */
export function partyNames(db: Db): Map<string, string> {
  const rows = sql(
    db,
    `SELECT 0 AS rank, ${PARTY_SQL('d')} AS party, json_extract(d.buyer, '$.name') AS name
       FROM invoices d JOIN (SELECT min(id) AS first FROM invoices i WHERE number IS NOT NULL GROUP BY ${PARTY_SQL('i')}) f ON d.id = f.first
     UNION ALL SELECT 1, 'U' || printf('%04d', id), first_name || ' ' || last_name FROM members
     UNION ALL SELECT 1, 'O' || printf('%04d', id), name FROM organisations
     ORDER BY rank`,
  ).all() as { party: string; name: string }[];
  const names = new Map<string, string>();
  for (const { party, name } of rows) if (!names.has(party)) names.set(party, name);
  return names;
}
