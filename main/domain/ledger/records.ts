import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import type { Json } from './canonical';

/** What the chain covers: issued invoices and credit notes, and payments (with their reversals). */
export type ChainedKind = 'invoice' | 'payment';

const INVOICE_COLUMNS = `id, kind, member_id AS memberId, organisation_id AS organisationId, corrects_id AS correctsId, note,
  series, seq, number, issue_date AS issueDate, due_date AS dueDate, service_from AS serviceFrom, service_to AS serviceTo,
  seller, buyer, vat_terms AS vatTerms, net_cents AS netCents, vat_cents AS vatCents, gross_cents AS grossCents`;
const LINE_COLUMNS = `invoice_id AS invoiceId, position, kind, description, quantity, unit_price_cents AS unitPriceCents,
  vat_bp AS vatBp, net_cents AS netCents, service_from AS serviceFrom, service_to AS serviceTo, corrects_position AS correctsPosition`;
const PAYMENT_COLUMNS = `id, member_id AS memberId, organisation_id AS organisationId, date, method, amount_cents AS amountCents,
  cheque_bank AS chequeBank, cheque_number AS chequeNumber, cheque_drawer AS chequeDrawer, reference, reverses_id AS reversesId`;

type Row = Record<string, Json>;

function groupBy(rows: Row[], key: string): Map<number, Row[]> {
  const groups = new Map<number, Row[]>();
  for (const { [key]: id, ...rest } of rows) {
    const list = groups.get(id as number);
    if (list) list.push(rest);
    else groups.set(id as number, [rest]);
  }
  return groups;
}

/**
 * The chained form of every issued document and payment, read in four queries (verification reads
 * them all; issuing reads one). Seller, buyer and VAT terms stay the JSON text stored, byte for byte.
 */
export function chainedRecords(db: Db, only?: { kind: ChainedKind; id: number }): Map<string, Json> {
  const records = new Map<string, Json>();
  if (!only || only.kind === 'invoice') {
    const where = only ? 'id = ?' : 'number IS NOT NULL';
    const params = only ? [only.id] : [];
    const invoices = sql(db, `SELECT ${INVOICE_COLUMNS} FROM invoices WHERE ${where}`).all(...params) as Row[];
    const lineWhere = only ? 'invoice_id = ?' : 'invoice_id IN (SELECT id FROM invoices WHERE number IS NOT NULL)';
    const lines = groupBy(sql(db, `SELECT ${LINE_COLUMNS} FROM invoice_lines WHERE ${lineWhere} ORDER BY invoice_id, position`).all(...params) as Row[], 'invoiceId');
    for (const invoice of invoices) {
      if (invoice.number === null) continue;
      records.set(`invoice:${invoice.id as number}`, { record: 'invoice', ...invoice, lines: lines.get(invoice.id as number) ?? [] });
    }
  }
  if (!only || only.kind === 'payment') {
    const params = only ? [only.id] : [];
    const payments = sql(db, `SELECT ${PAYMENT_COLUMNS} FROM payments${only ? ' WHERE id = ?' : ''}`).all(...params) as Row[];
    const allocationWhere = only ? ' WHERE payment_id = ?' : '';
    const allocations = groupBy(
      sql(db, `SELECT payment_id AS paymentId, invoice_id AS invoiceId, amount_cents AS amountCents FROM payment_allocations${allocationWhere} ORDER BY payment_id, invoice_id`).all(...params) as Row[],
      'paymentId',
    );
    for (const payment of payments) records.set(`payment:${payment.id as number}`, { record: 'payment', ...payment, allocations: allocations.get(payment.id as number) ?? [] });
  }
  return records;
}
