import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { issueDocument, type IssueContext, type Totals } from './issue';

interface InvoiceLineRow {
  position: number;
  kind: string;
  description: string;
  quantity: number;
  unitPriceCents: number;
  vatBp: number;
  serviceFrom: string | null;
  serviceTo: string | null;
  credited: number;
}

function creditableLines(db: Db, invoiceId: number): InvoiceLineRow[] {
  // `credited`: what the issued credit notes correcting this invoice took off each line.
  return sql(
    db,
    `SELECT l.position, l.kind, l.description, l.quantity, l.unit_price_cents AS unitPriceCents, l.vat_bp AS vatBp,
            l.service_from AS serviceFrom, l.service_to AS serviceTo,
            coalesce((SELECT sum(c.quantity) FROM invoice_lines c JOIN invoices a ON a.id = c.invoice_id
                       WHERE a.corrects_id = l.invoice_id AND a.number IS NOT NULL AND c.corrects_position = l.position), 0) AS credited
       FROM invoice_lines l WHERE l.invoice_id = ? ORDER BY l.position`,
  ).all(invoiceId) as InvoiceLineRow[];
}

/** One request per line: the same line asked twice is asked for both quantities together. */
function mergedByPosition(lines: { position: number; quantity: number }[]): { position: number; quantity: number }[] {
  const merged = new Map<number, number>();
  for (const line of lines) merged.set(line.position, (merged.get(line.position) ?? 0) + line.quantity);
  return [...merged].map(([position, quantity]) => ({ position, quantity }));
}

/** What an invoice still carries once its issued credit notes are taken off, negated: the last credit note's totals. */
function negatedRest(db: Db, invoiceId: number): Totals {
  const rest = sql(
    db,
    `SELECT i.net_cents + coalesce(sum(a.net_cents), 0) AS netCents, i.vat_cents + coalesce(sum(a.vat_cents), 0) AS vatCents
       FROM invoices i LEFT JOIN invoices a ON a.corrects_id = i.id AND a.number IS NOT NULL WHERE i.id = ? GROUP BY i.id`,
  ).get(invoiceId) as { netCents: number; vatCents: number };
  return { netCents: -rest.netCents, vatCents: -rest.vatCents, grossCents: -(rest.netCents + rest.vatCents) };
}

/** The issued credit notes correcting an invoice, in their order. */
export function creditNoteIds(db: Db, invoiceId: number): number[] {
  return sql(db, 'SELECT id FROM invoices WHERE corrects_id = ? AND number IS NOT NULL ORDER BY seq').pluck().all(invoiceId) as number[];
}

/** How much of each line of an invoice is left to credit (its quantity less what credit notes took). */
export function leftToCredit(db: Db, invoiceId: number): { position: number; quantity: number }[] {
  return creditableLines(db, invoiceId).map((line) => ({ position: line.position, quantity: line.quantity - line.credited }));
}

/**
 * Issues a credit note (avoir) for all or part of an issued invoice: the chosen quantities of its
 * lines, at their price and VAT rate, negative. A line cannot be credited more than it billed.
 */
export function creditInvoice(
  db: Db,
  input: { invoiceId: number; lines?: { position: number; quantity: number }[] | undefined; reason: string },
  context: IssueContext,
): { id: number; number: string } {
  const invoice = sql(db, 'SELECT id, kind, number, member_id AS memberId, organisation_id AS organisationId FROM invoices WHERE id = ?').get(input.invoiceId) as
    | { id: number; kind: string; number: string | null; memberId: number; organisationId: number | null }
    | undefined;
  if (!invoice) throw new Refusal('errors.invoicing.not_found', {}, { code: 'not_found', field: 'invoiceId' });
  if (invoice.kind !== 'invoice' || invoice.number === null) throw new Refusal('errors.invoicing.credit_needs_issued_invoice', {}, { field: 'invoiceId' });
  const lines = creditableLines(db, invoice.id);
  const wanted = input.lines ? mergedByPosition(input.lines) : lines.map((line) => ({ position: line.position, quantity: line.quantity - line.credited })).filter((line) => line.quantity > 0);
  if (wanted.length === 0) throw new Refusal('errors.invoicing.already_credited', { number: invoice.number }, { field: 'lines' });
  const creditId = Number(
    sql(db, "INSERT INTO invoices (kind, member_id, organisation_id, corrects_id, note, created_at) VALUES ('credit-note', ?, ?, ?, ?, ?)").run(
      invoice.memberId,
      invoice.organisationId,
      invoice.id,
      input.reason,
      context.at,
    ).lastInsertRowid,
  );
  const insert = sql(
    db,
    `INSERT INTO invoice_lines (invoice_id, position, kind, description, quantity, unit_price_cents, vat_bp, net_cents, service_from, service_to, corrects_position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  wanted.forEach((choice, index) => {
    const line = lines.find((candidate) => candidate.position === choice.position);
    if (!line) throw new Refusal('errors.invoicing.line_not_found', { position: choice.position }, { code: 'not_found', field: `lines.${index}.position` });
    if (choice.quantity > line.quantity - line.credited) {
      throw new Refusal('errors.invoicing.credit_too_much', { position: line.position, left: line.quantity - line.credited }, { field: `lines.${index}.quantity` });
    }
    insert.run(creditId, index + 1, line.kind, line.description, choice.quantity, -line.unitPriceCents, line.vatBp, -choice.quantity * line.unitPriceCents, line.serviceFrom, line.serviceTo, line.position);
  });
  const closes = lines.every((line) => line.quantity - line.credited === (wanted.find((w) => w.position === line.position)?.quantity ?? 0));
  return { id: creditId, number: issueDocument(db, creditId, context, closes ? negatedRest(db, invoice.id) : undefined) };
}
