import { stringify } from 'csv-stringify/sync';
import { translate, valueLabel, type MessageKey } from '../../i18n';
import { SPACE_TIME_ZONE } from '../common/time';
import { nationalPhone } from '../settings/phone';

/** `1234,50`, `-12,00`: cents as a spreadsheet in French reads a number (decimal comma, no grouping). */
export function amount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** `22/11/2026` from `2026-11-22`; '' for no date. */
export function day(iso: string | null): string {
  if (!iso) return '';
  const [year, month, date] = iso.slice(0, 10).split('-');
  return `${date}/${month}/${year}`;
}

// Made once: a formatter is costly to build, and a year of calls is thousands of times.
const PARIS_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: SPACE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `22/11/2026 09:05`: an ISO-8601 instant read on the space's clock (Paris). */
export function dayTime(instant: string | null): string {
  if (!instant) return '';
  // British English writes `22/11/2026, 09:05`: the French order, with a comma to drop.
  return PARIS_CLOCK.format(new Date(instant)).replace(', ', ' ');
}

/**
 * Text people typed (a name, a reference, a reason): one that starts like a formula (`=`, `+`, `-`,
 * `@`) gets an apostrophe in front, so that a spreadsheet shows it instead of computing it.
 */
export function text(value: string | null): string {
  if (!value) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A phone number as French people write it: `06 12 34 56 78`, abroad `00 44 20 7946 0958` (no `+`,
 * which a spreadsheet would read as a formula or a number); one that could not be read, as typed
 * (its `+` written `00` too).
 */
export function phone(e164: string | null, typed: string): string {
  if (!e164) return text(typed.replace(/^\+/, '00'));
  let written = WRITTEN.get(e164);
  if (written === undefined) {
    const national = nationalPhone(e164);
    written = national.startsWith('+') ? `00 ${national.slice(1)}` : national;
    if (WRITTEN.size > 10_000) WRITTEN.clear();
    WRITTEN.set(e164, written);
  }
  return written;
}

// Reading a number with the full metadata is slow, and a line's log calls the same numbers again and again.
const WRITTEN = new Map<string, string>();

/** A file's text and how many lines it has below its header. */
export interface CsvTable {
  csv: string;
  rows: number;
}

/** One of this module's own French words (a status…), from the catalog's `csv` section. */
export function message(key: `csv.${string}`): string {
  return translate('fr', key as MessageKey);
}

/** A column: its header's message key under `csv.`, and how a row fills it. */
export interface Column<R> {
  header: string;
  cell: (row: R) => string | number;
}

/** The columns of one export, from a list of `[headerKey, cell]`; headers are read in French. */
export function columns<R>(section: string, list: readonly (readonly [string, (row: R) => string | number])[]): Column<R>[] {
  return list.map(([key, cell]) => ({ header: message(`csv.${section}.${key}`), cell }));
}

/** A stored value as French people read it (`cheque` → « chèque »), from the catalog's `values`. */
export function label(field: string, value: string): string {
  return valueLabel('fr', field, value);
}

/**
 * The CSV people open in LibreOffice or Excel: UTF-8 with a byte-order mark, `;` between fields,
 * CRLF line ends, a French header row; quoting (a `;`, a quote, a line break in a value) is left to
 * csv-stringify.
 */
export function toCsv<R>(cols: readonly Column<R>[], rows: readonly R[]): CsvTable {
  const header = cols.map((column) => column.header);
  // A line break alone is not the record delimiter, so csv-stringify would not quote it by itself.
  const csv = stringify([header, ...rows.map((row) => cols.map((column) => column.cell(row)))], { bom: true, delimiter: ';', record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
  return { csv, rows: rows.length };
}
