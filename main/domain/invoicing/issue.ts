import { assertDateOpen } from '../accounting/closed';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { shiftDate } from '../common/time';
import { appendToChain } from '../ledger/chain';
import { readSection } from '../settings/store';
import { currentVatBp, requireDraft } from './drafts';
import { buyerOf, sellerNow, vatTermsNow } from './parties';
import type { DocumentKind } from './schema';

export interface IssueContext {
  /** The issue date, `YYYY-MM-DD`: today at the desk. */
  date: string;
  at: string;
  staffId: number | null;
}

/** VAT of a rate's base, rounded to the cent once per rate (not per line), halves away from zero (a credit note mirrors its invoice). */
export const vatOf = (netCents: number, vatBp: number) => Math.sign(netCents) * Math.round((Math.abs(netCents) * vatBp) / 10_000);

export interface Totals {
  netCents: number;
  vatCents: number;
  grossCents: number;
}

export function totalsOf(db: Db, invoiceId: number): Totals {
  const rates = sql(db, 'SELECT vat_bp AS vatBp, sum(net_cents) AS netCents FROM invoice_lines WHERE invoice_id = ? GROUP BY vat_bp').all(invoiceId) as { vatBp: number; netCents: number }[];
  const netCents = rates.reduce((sum, rate) => sum + rate.netCents, 0);
  const vatCents = rates.reduce((sum, rate) => sum + vatOf(rate.netCents, rate.vatBp), 0);
  return { netCents, vatCents, grossCents: netCents + vatCents };
}

/** `F2026-0001`: the series is the prefix and the year of issue. */
export function nextNumber(db: Db, kind: DocumentKind, date: string): { series: string; seq: number; number: string } {
  const settings = readSection(db, 'invoicing');
  const series = `${kind === 'invoice' ? settings.invoicePrefix : settings.creditNotePrefix}${date.slice(0, 4)}`;
  const last = sql(db, 'SELECT seq, issue_date AS issueDate, number FROM invoices WHERE series = ? ORDER BY seq DESC LIMIT 1').get(series) as
    | { seq: number; issueDate: string; number: string }
    | undefined;
  if (last && last.issueDate > date) throw new Refusal('errors.invoicing.date_before_last', { number: last.number, date: last.issueDate }, { field: 'date' });
  const seq = (last?.seq ?? 0) + 1;
  return { series, seq, number: `${series}-${String(seq).padStart(4, '0')}` };
}

function serviceDates(db: Db, invoiceId: number, date: string): { from: string; to: string } {
  const row = sql(db, 'SELECT min(coalesce(service_from, service_to)) AS "from", max(coalesce(service_to, service_from)) AS "to" FROM invoice_lines WHERE invoice_id = ?').get(invoiceId) as {
    from: string | null;
    to: string | null;
  };
  return { from: row.from ?? date, to: row.to ?? row.from ?? date };
}

/**
 * Issues a draft: the VAT of the regime in force, the next number of its series, the seller, buyer
 * and legal wordings frozen as printed, and the record appended to the chain — all in the caller's
 * transaction, so a refusal leaves the draft as it was and the series without a gap.
 */
export function issueDocument(db: Db, invoiceId: number, context: IssueContext, closing?: Totals): string {
  const draft = requireDraft(db, invoiceId);
  const kind = draft.kind as DocumentKind;
  assertDateOpen(db, context.date, 'invoiceId');
  if (kind === 'invoice') sql(db, 'UPDATE invoice_lines SET vat_bp = ? WHERE invoice_id = ?').run(currentVatBp(db), invoiceId);
  // The credit note that cancels what is left of an invoice takes exactly what is left, VAT cents included.
  const totals = closing ?? totalsOf(db, invoiceId);
  if (kind === 'invoice' ? totals.grossCents <= 0 : totals.grossCents >= 0) throw new Refusal('errors.invoicing.nothing_to_bill', {}, { field: 'invoiceId' });
  const { series, seq, number } = nextNumber(db, kind, context.date);
  const organisationId = sql(db, 'SELECT organisation_id FROM invoices WHERE id = ?').pluck().get(invoiceId) as number | null;
  // A credit note is addressed as its invoice was, under the same VAT terms.
  const corrected = sql(db, 'SELECT c.buyer, c.vat_terms AS vatTerms FROM invoices i JOIN invoices c ON c.id = i.corrects_id WHERE i.id = ?').get(invoiceId) as
    | { buyer: string; vatTerms: string }
    | undefined;
  const service = serviceDates(db, invoiceId, context.date);
  const dueDate = kind === 'invoice' ? shiftDate(context.date, readSection(db, 'invoicing').paymentTermDays) : context.date;
  sql(
    db,
    `UPDATE invoices SET series = ?, seq = ?, number = ?, issue_date = ?, due_date = ?, service_from = ?, service_to = ?,
            seller = ?, buyer = ?, vat_terms = ?, net_cents = ?, vat_cents = ?, gross_cents = ?, issued_at = ?, issued_by = ?
      WHERE id = ? AND number IS NULL`,
  ).run(
    series,
    seq,
    number,
    context.date,
    dueDate,
    service.from,
    service.to,
    JSON.stringify(sellerNow(db)),
    corrected?.buyer ?? JSON.stringify(buyerOf(db, draft.memberId, organisationId)),
    corrected?.vatTerms ?? JSON.stringify(vatTermsNow(db)),
    totals.netCents,
    totals.vatCents,
    totals.grossCents,
    context.at,
    context.staffId,
    invoiceId,
  );
  appendToChain(db, 'invoice', invoiceId, context.at);
  return number;
}
