import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { vatOf } from './issue';
import { Buyer, Seller, VatTerms, type InvoiceDocument, type InvoiceLine } from './schema';

interface IssuedRow {
  id: number;
  kind: InvoiceDocument['kind'];
  number: string | null;
  issueDate: string;
  dueDate: string;
  serviceFrom: string;
  serviceTo: string;
  memberId: number;
  seller: string;
  buyer: string;
  vatTerms: string;
  netCents: number;
  vatCents: number;
  grossCents: number;
  note: string;
  correctsNumber: string | null;
  correctsDate: string | null;
}

export function linesOf(db: Db, invoiceId: number): InvoiceLine[] {
  return sql(
    db,
    `SELECT position, kind, description, quantity, unit_price_cents AS unitPriceCents, vat_bp AS vatBp, net_cents AS netCents,
            service_from AS serviceFrom, service_to AS serviceTo
       FROM invoice_lines WHERE invoice_id = ? ORDER BY position`,
  ).all(invoiceId) as InvoiceLine[];
}

/** A document's note (a credit note's reason). */
export function noteOf(db: Db, invoiceId: number): string {
  return sql(db, 'SELECT note FROM invoices WHERE id = ?').pluck().get(invoiceId) as string;
}

/** The invoice id behind a number (`F2026-0001`), for the command line. */
export function idOfNumber(db: Db, number: string): number {
  const id = sql(db, 'SELECT id FROM invoices WHERE number = ?').pluck().get(number) as number | undefined;
  if (id === undefined) throw new Refusal('errors.invoicing.number_not_found', { number }, { code: 'not_found', field: 'number' });
  return id;
}

/** An issued invoice or credit note exactly as frozen: what the PDF, the Factur-X XML and the exports show. */
export function documentOf(db: Db, invoiceId: number): InvoiceDocument {
  const row = sql(
    db,
    `SELECT i.id, i.kind, i.number, i.issue_date AS issueDate, i.due_date AS dueDate, i.service_from AS serviceFrom, i.service_to AS serviceTo,
            i.member_id AS memberId, i.seller, i.buyer, i.vat_terms AS vatTerms, i.net_cents AS netCents, i.vat_cents AS vatCents,
            i.gross_cents AS grossCents, i.note, c.number AS correctsNumber, c.issue_date AS correctsDate
       FROM invoices i LEFT JOIN invoices c ON c.id = i.corrects_id WHERE i.id = ?`,
  ).get(invoiceId) as IssuedRow | undefined;
  if (!row) throw new Refusal('errors.invoicing.not_found', {}, { code: 'not_found', field: 'invoiceId' });
  if (row.number === null) throw new Refusal('errors.invoicing.draft_has_no_document', {}, { field: 'invoiceId' });
  const lines = linesOf(db, invoiceId);
  const rates = new Map<number, number>();
  for (const line of lines) rates.set(line.vatBp, (rates.get(line.vatBp) ?? 0) + line.netCents);
  const { seller, buyer, vatTerms, correctsNumber, correctsDate, ...rest } = row;
  return {
    ...rest,
    number: row.number,
    seller: Seller.parse(JSON.parse(seller)),
    buyer: Buyer.parse(JSON.parse(buyer)),
    vat: VatTerms.parse(JSON.parse(vatTerms)),
    corrects: correctsNumber !== null && correctsDate !== null ? { number: correctsNumber, issueDate: correctsDate } : null,
    lines,
    byRate: byRate(rates, row.vatCents),
  };
}

/**
 * VAT per rate, adding up to the document's VAT: a credit note closing an invoice carries the cents
 * its rounding left, put on its largest rate.
 */
function byRate(rates: Map<number, number>, vatCents: number): InvoiceDocument['byRate'] {
  const breakdown = [...rates].sort(([a], [b]) => b - a).map(([vatBp, netCents]) => ({ vatBp, netCents, vatCents: vatOf(netCents, vatBp) }));
  const gap = vatCents - breakdown.reduce((sum, rate) => sum + rate.vatCents, 0);
  const largest = breakdown.reduce<(typeof breakdown)[number] | undefined>((best, rate) => (best && Math.abs(best.netCents) >= Math.abs(rate.netCents) ? best : rate), undefined);
  if (gap !== 0 && largest) largest.vatCents += gap;
  return breakdown;
}
