import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { getMember, organisationOf } from '../members/members';
import { readSection } from '../settings/store';
import { billableItems, type BillableItem } from './sources';

/** The VAT rate lines get under the regime in force (re-read when the document is issued). */
export function currentVatBp(db: Db): number {
  const vat = readSection(db, 'vat');
  return vat.regime === 'assujetti' ? vat.rateBp : 0;
}

/** A draft is anything not issued yet: free to change or delete. */
export function requireDraft(db: Db, invoiceId: number): { id: number; memberId: number; kind: string } {
  const row = sql(db, 'SELECT id, member_id AS memberId, kind, number FROM invoices WHERE id = ?').get(invoiceId) as
    | { id: number; memberId: number; kind: string; number: string | null }
    | undefined;
  if (!row) throw new Refusal('errors.invoicing.not_found', {}, { code: 'not_found', field: 'invoiceId' });
  if (row.number !== null) throw new Refusal('errors.invoicing.issued_is_final', { number: row.number }, { field: 'invoiceId' });
  return row;
}

function draftFor(db: Db, memberId: number, month: string | null, at: string): number {
  const organisationId = organisationOf(db, memberId);
  const existing = sql(
    db,
    "SELECT id FROM invoices WHERE number IS NULL AND kind = 'invoice' AND member_id = ? AND organisation_id IS ? AND month IS ?",
  ).pluck().get(memberId, organisationId, month) as number | undefined;
  if (month !== null && existing !== undefined) return existing;
  return Number(
    sql(db, "INSERT INTO invoices (kind, member_id, organisation_id, month, created_at) VALUES ('invoice', ?, ?, ?, ?)").run(memberId, organisationId, month, at).lastInsertRowid,
  );
}

export interface NewLine {
  kind: BillableItem['kind'];
  description: string;
  quantity: number;
  unitPriceCents: number;
  serviceFrom: string | null;
  serviceTo: string | null;
}

/** Adds a line at the end of a draft, and records what it bills so it is never billed again. */
export function appendLine(db: Db, invoiceId: number, line: NewLine, sources: string[] = []): number {
  const position = (sql(db, 'SELECT coalesce(max(position), 0) + 1 FROM invoice_lines WHERE invoice_id = ?').pluck().get(invoiceId) as number);
  const lineId = Number(
    sql(
      db,
      `INSERT INTO invoice_lines (invoice_id, position, kind, description, quantity, unit_price_cents, vat_bp, net_cents, service_from, service_to)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(invoiceId, position, line.kind, line.description, line.quantity, line.unitPriceCents, currentVatBp(db), line.quantity * line.unitPriceCents, line.serviceFrom, line.serviceTo).lastInsertRowid,
  );
  const bill = sql(db, 'INSERT INTO billed_sources (source, line_id) VALUES (?, ?)');
  for (const source of sources) bill.run(source, lineId);
  return lineId;
}

/**
 * Drafts the month's invoices: one per member (or their organisation) with every item of the month
 * not billed yet, added to the month's draft when there is one. Returns the drafts touched.
 */
export function runBilling(db: Db, month: string, at: string): number[] {
  if (month > at.slice(0, 7)) throw new Refusal('errors.invoicing.future_month', { month }, { field: 'month' });
  const touched = new Set<number>();
  for (const item of billableItems(db, month, at.slice(0, 10))) {
    const invoiceId = draftFor(db, item.memberId, month, at);
    appendLine(db, invoiceId, item, item.sources);
    touched.add(invoiceId);
  }
  return [...touched];
}

/** The drafts waiting to be issued, of one billing month or all. */
export function draftIds(db: Db, month: string | undefined): number[] {
  return sql(db, "SELECT id FROM invoices WHERE number IS NULL AND kind = 'invoice' AND (@month IS NULL OR month = @month) ORDER BY id").pluck().all({ month: month ?? null }) as number[];
}

/** An empty draft for a member, to fill with free lines (a room hire, a replacement invoice). */
export function createDraft(db: Db, memberId: number, note: string, at: string): number {
  getMember(db, memberId);
  const id = draftFor(db, memberId, null, at);
  sql(db, 'UPDATE invoices SET note = ? WHERE id = ?').run(note, id);
  return id;
}

/** Takes a line off a draft; what it billed becomes billable again. */
export function removeLine(db: Db, invoiceId: number, position: number): void {
  requireDraft(db, invoiceId);
  const removed = sql(db, 'DELETE FROM invoice_lines WHERE invoice_id = ? AND position = ?').run(invoiceId, position).changes;
  if (removed === 0) throw new Refusal('errors.invoicing.line_not_found', { position }, { code: 'not_found', field: 'position' });
}

/** Throws a draft away; everything it billed becomes billable again. */
export function deleteDraft(db: Db, invoiceId: number): void {
  requireDraft(db, invoiceId);
  sql(db, 'DELETE FROM invoices WHERE id = ?').run(invoiceId);
}
