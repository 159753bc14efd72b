import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { listInvoices } from '../invoicing/list';
import type { DocumentKind, InvoiceSummary } from '../invoicing/schema';
import { amount, columns, day, message, text, toCsv, type CsvTable } from './format';
import type { Period } from './schema';

/** What the list does not carry: the buyer's SIREN as printed, the service dates, the credit notes, the reason. */
interface Extra {
  id: number;
  siren: string;
  serviceFrom: string | null;
  serviceTo: string | null;
  correctsDate: string | null;
  creditNotes: string | null;
  note: string;
}

type Row = InvoiceSummary & Extra;

/**
 * The issued documents of one kind dated in the period, oldest first, as the invoice list reads them
 * (what is paid and still due is as of `today`). The buyer is the one printed on the document.
 */
export function documentsOf(db: Db, kind: DocumentKind, period: Period, today: string): Row[] {
  const extras = new Map(
    (
      sql(
        db,
        `SELECT i.id, coalesce(json_extract(i.buyer, '$.siren'), '') AS siren, i.service_from AS serviceFrom, i.service_to AS serviceTo,
                c.issue_date AS correctsDate, i.note,
                (SELECT group_concat(a.number, ', ') FROM (SELECT a.number FROM invoices a WHERE a.corrects_id = i.id AND a.number IS NOT NULL ORDER BY a.seq) a) AS creditNotes
           FROM invoices i LEFT JOIN invoices c ON c.id = i.corrects_id
          WHERE i.number IS NOT NULL AND i.issue_date BETWEEN ? AND ? AND i.kind = ?`,
      ).all(period.from, period.to, kind) as Extra[]
    ).map((extra) => [extra.id, extra]),
  );
  const rows: Row[] = [];
  // The list reads a year at a time: each year the period touches, then only what falls in it.
  for (let year = Number(period.from.slice(0, 4)); year <= Number(period.to.slice(0, 4)); year++) {
    for (const summary of listInvoices(db, { year, kind }, today)) {
      const extra = extras.get(summary.id);
      if (summary.number !== null && extra) rows.push({ ...summary, ...extra });
    }
  }
  return rows.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.number ?? '').localeCompare(b.number ?? '') || a.id - b.id);
}

const INVOICE_COLUMNS = columns<Row>('invoices', [
  ['number', (r) => r.number ?? ''],
  ['date', (r) => day(r.date)],
  ['dueDate', (r) => day(r.dueDate)],
  ['serviceFrom', (r) => day(r.serviceFrom)],
  ['serviceTo', (r) => day(r.serviceTo)],
  ['memberId', (r) => r.memberId],
  ['buyer', (r) => text(r.buyerName)],
  ['siren', (r) => r.siren],
  ['net', (r) => amount(r.netCents)],
  ['vat', (r) => amount(r.vatCents)],
  ['gross', (r) => amount(r.totalCents)],
  ['credited', (r) => amount(r.creditedCents)],
  ['paid', (r) => amount(r.paidCents)],
  ['balance', (r) => amount(r.balanceCents)],
  ['status', (r) => message(`csv.invoiceStatus.${r.status}`)],
  ['creditNotes', (r) => r.creditNotes ?? ''],
]);

const CREDIT_NOTE_COLUMNS = columns<Row>('creditNotes', [
  ['number', (r) => r.number ?? ''],
  ['date', (r) => day(r.date)],
  ['corrects', (r) => r.correctsNumber ?? ''],
  ['correctsDate', (r) => day(r.correctsDate)],
  ['memberId', (r) => r.memberId],
  ['buyer', (r) => text(r.buyerName)],
  ['siren', (r) => r.siren],
  ['net', (r) => amount(r.netCents)],
  ['vat', (r) => amount(r.vatCents)],
  ['gross', (r) => amount(r.totalCents)],
  ['reason', (r) => text(r.note)],
]);

/** Invoices issued in the period: totals, what was credited and paid, what is still due, the credit notes. */
export function invoicesCsv(db: Db, period: Period, today: string): CsvTable {
  return toCsv(INVOICE_COLUMNS, documentsOf(db, 'invoice', period, today));
}

/** Credit notes issued in the period (negative amounts), with the invoice each corrects. */
export function creditNotesCsv(db: Db, period: Period, today: string): CsvTable {
  return toCsv(CREDIT_NOTE_COLUMNS, documentsOf(db, 'credit-note', period, today));
}
