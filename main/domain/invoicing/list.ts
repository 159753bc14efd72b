import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { CREDITED_SQL, PAID_SQL } from './balance';
import { totalsOf } from './issue';
import type { InvoiceQuery, InvoiceStatus, InvoiceSummary } from './schema';

interface SummaryRow extends Omit<InvoiceSummary, 'balanceCents' | 'status' | 'netCents' | 'vatCents' | 'totalCents'> {
  netCents: number | null;
  vatCents: number | null;
  totalCents: number | null;
}

/** Totals, what credit notes took off and what payments settled, per document. */
const SELECT = `
  SELECT i.id, i.kind, i.number, i.issue_date AS date, i.due_date AS dueDate, i.month, i.member_id AS memberId,
         coalesce(json_extract(i.buyer, '$.name'), o.name, m.first_name || ' ' || m.last_name) AS buyerName,
         i.net_cents AS netCents, i.vat_cents AS vatCents, i.gross_cents AS totalCents,
         -${CREDITED_SQL} AS creditedCents,
         ${PAID_SQL} AS paidCents,
         i.corrects_id AS correctsId, c.number AS correctsNumber
    FROM invoices i
    JOIN members m ON m.id = i.member_id
    LEFT JOIN organisations o ON o.id = i.organisation_id AND i.number IS NULL
    LEFT JOIN invoices c ON c.id = i.corrects_id`;

export function statusOf(row: { kind: string; number: string | null; dueDate: string | null; paidCents: number; creditedCents: number }, totalCents: number, today: string): InvoiceStatus {
  if (row.number === null) return 'draft';
  if (row.kind === 'credit-note') return 'credit-note';
  if (row.creditedCents >= totalCents) return 'cancelled';
  if (totalCents - row.creditedCents - row.paidCents <= 0) return 'paid';
  if (row.dueDate !== null && row.dueDate < today) return 'overdue';
  return row.paidCents > 0 ? 'partial' : 'unpaid';
}

function toSummary(db: Db, row: SummaryRow, today: string): InvoiceSummary {
  const totals = row.totalCents === null ? totalsOf(db, row.id) : { netCents: row.netCents as number, vatCents: row.vatCents as number, grossCents: row.totalCents };
  const issuedInvoice = row.number !== null && row.kind === 'invoice';
  return {
    ...row,
    netCents: totals.netCents,
    vatCents: totals.vatCents,
    totalCents: totals.grossCents,
    balanceCents: issuedInvoice ? totals.grossCents - row.creditedCents - row.paidCents : 0,
    status: statusOf(row, totals.grossCents, today),
  };
}

/** The invoice list: a year's (or a month's) documents and the drafts, drafts first, then newest first. */
export function listInvoices(db: Db, query: InvoiceQuery, today: string): InvoiceSummary[] {
  const filters: string[] = [];
  const params: (string | number)[] = [];
  if (query.memberId !== undefined) {
    filters.push('i.member_id = ?');
    params.push(query.memberId);
  }
  if (query.kind !== undefined) {
    filters.push('i.kind = ?');
    params.push(query.kind);
  }
  const period = periodOf(query, today);
  // Drafts and issued documents are read apart, so that each part uses its own index.
  const read = (where: string[], values: (string | number)[]) =>
    (sql(db, `${SELECT} WHERE ${[...where, ...filters].join(' AND ')} ORDER BY i.issue_date DESC, i.series, i.seq DESC, i.id DESC`).all(...values, ...params) as SummaryRow[]).map((row) => toSummary(db, row, today));
  const drafts = read(query.month === undefined ? ['i.number IS NULL'] : ['i.number IS NULL', 'i.month = ?'], query.month === undefined ? [] : [query.month]);
  const issued = period ? read(['i.number IS NOT NULL', 'i.issue_date BETWEEN ? AND ?'], [period.from, period.to]) : read(['i.number IS NOT NULL'], []);
  const rows = [...drafts, ...issued];
  return query.status === undefined ? rows : rows.filter((row) => row.status === query.status);
}

/** A month, a year, or — for one member with no year given — their whole history (null). */
function periodOf(query: InvoiceQuery, today: string): { from: string; to: string } | null {
  if (query.month !== undefined) return { from: `${query.month}-01`, to: `${query.month}-31` };
  if (query.memberId !== undefined && query.year === undefined) return null;
  const year = String(query.year ?? today.slice(0, 4));
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function summaryOf(db: Db, invoiceId: number, today: string): InvoiceSummary | null {
  const row = sql(db, `${SELECT} WHERE i.id = ?`).get(invoiceId) as SummaryRow | undefined;
  return row ? toSummary(db, row, today) : null;
}
