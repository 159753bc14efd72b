import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { readSection } from '../settings/store';
import { fiscalYearOf } from './fiscal-year';
import { journalEntries } from './journal';
import type { JournalEntry } from './schema';

/** The 18 fields of LPF art. A47 A-1, in this order. */
export const FEC_FIELDS = [
  'JournalCode', 'JournalLib', 'EcritureNum', 'EcritureDate', 'CompteNum', 'CompteLib', 'CompAuxNum', 'CompAuxLib', 'PieceRef',
  'PieceDate', 'EcritureLib', 'Debit', 'Credit', 'EcritureLet', 'DateLet', 'ValidDate', 'Montantdevise', 'Idevise',
] as const;

export interface FecFile {
  fileName: string;
  text: string;
  entries: number;
  lines: number;
}

/**
 * The FEC of a fiscal year: `<SIREN>FEC<last day>.txt`, UTF-8, the field names then one line per
 * posting, dates `YYYYMMDD`, amounts `1234,50`, entries in order of validation. Refused without a
 * SIREN, or if an entry would not balance.
 */
export function fecFile(db: Db, year: number, today: string): FecFile {
  const closed = storedFec(db, year);
  if (closed) return closed;
  if (fiscalYearOf(db, year).start > today) throw new Refusal('errors.accounting.future_year', { year }, { field: 'year' });
  return fecNow(db, year);
}

/** The FEC a closing stored: a closed year's file never changes. */
function storedFec(db: Db, year: number): FecFile | null {
  const stored = sql(db, 'SELECT fec FROM closings WHERE year = ?').pluck().get(year) as string | undefined;
  return stored === undefined ? null : (JSON.parse(stored) as FecFile);
}

/** The FEC as the records and settings give it today (what a closing stores). */
export function fecNow(db: Db, year: number): FecFile {
  const siren = readSection(db, 'identity').siret.slice(0, 9);
  if (siren.length !== 9) throw new Refusal('errors.accounting.siren_missing', {}, { field: 'siret' });
  const period = fiscalYearOf(db, year);
  const entries = journalEntries(db, { from: period.start, to: period.end, opening: true });
  for (const entry of entries) assertBalanced(entry);
  const separator = readSection(db, 'accounting').fecSeparator === 'tab' ? '\t' : '|';
  const rows = entries.flatMap((entry) => entry.lines.map((line) => [
    entry.journal, entry.journalLabel, entry.number, ymd(entry.date), line.account, line.accountLabel, line.auxiliary, line.auxiliaryLabel,
    entry.pieceRef, ymd(entry.pieceDate), line.label, amount(line.debitCents), amount(line.creditCents), line.letter, ymd(line.letterDate),
    ymd(entry.validDate), '', '',
  ]));
  const text = [FEC_FIELDS, ...rows].map((fields) => fields.map(clean).join(separator)).join('\r\n') + '\r\n';
  return { fileName: `${siren}FEC${ymd(period.end)}.txt`, text, entries: entries.length, lines: rows.length };
}

function assertBalanced(entry: JournalEntry): void {
  const debitCents = entry.lines.reduce((sum, line) => sum + line.debitCents, 0);
  const creditCents = entry.lines.reduce((sum, line) => sum + line.creditCents, 0);
  if (debitCents !== creditCents || debitCents === 0) throw new Refusal('errors.accounting.unbalanced', { piece: entry.pieceRef, debitCents, creditCents });
}

/** `2026-01-15` → `20260115`; empty stays empty. */
function ymd(date: string): string {
  return date.replaceAll('-', '');
}

/** Cents as `1234,50`: a decimal comma, no thousands separator. */
function amount(cents: number): string {
  return `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}

/** A field never holds the separators or a line break. */
function clean(field: string): string {
  return field.replace(/\s*[|\t\r\n]+\s*/g, ' ').trim();
}
