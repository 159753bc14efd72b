import type { Db } from '../../db/open';
import { journalEntries } from '../accounting/journal';
import type { JournalEntry, PostingLine } from '../accounting/schema';
import { amount, columns, day, text, toCsv, type CsvTable } from './format';
import type { Period } from './schema';

type Row = { entry: JournalEntry; line: PostingLine };

const JOURNAL_COLUMNS = columns<Row>('journal', [
  ['journal', (r) => r.entry.journal],
  ['journalLabel', (r) => text(r.entry.journalLabel)],
  ['number', (r) => r.entry.number],
  ['date', (r) => day(r.entry.date)],
  ['account', (r) => r.line.account],
  ['accountLabel', (r) => text(r.line.accountLabel)],
  ['auxiliary', (r) => r.line.auxiliary],
  ['auxiliaryLabel', (r) => text(r.line.auxiliaryLabel)],
  ['pieceRef', (r) => text(r.entry.pieceRef)],
  ['pieceDate', (r) => day(r.entry.pieceDate)],
  ['label', (r) => text(r.line.label)],
  ['debit', (r) => amount(r.line.debitCents)],
  ['credit', (r) => amount(r.line.creditCents)],
  ['letter', (r) => r.line.letter],
  ['letterDate', (r) => day(r.line.letterDate)],
  ['validDate', (r) => day(r.entry.validDate)],
]);

/**
 * The journal's lines for the period, one per row (the FEC's fields, for people): the entries the
 * accounting generates from invoices, credit notes, payments and deposit slips, in their order.
 */
export function journalCsv(db: Db, period: Period): CsvTable {
  const rows = journalEntries(db, period).flatMap((entry) => entry.lines.map((line) => ({ entry, line })));
  return toCsv(JOURNAL_COLUMNS, rows);
}
