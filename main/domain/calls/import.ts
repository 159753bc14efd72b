import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { bilingual, type MessageKey } from '../../i18n';
import { insertCall } from './calls';
import { classifyNumber, type ClassifiedNumber } from './numbers';
import { readCsv, type CsvTable } from './csv';
import { parseDuration } from './duration';
import { formatNamed, listFormats, saveFormat } from './formats';
import { guessMapping, readDirection, readStart, type ColumnMapping } from './mapping';
import type { NewCall } from './calls';
import type { ImportReport } from './schema';


const MASKED = 'masqué';

class LineRefusal extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

function cellOf(table: CsvTable, cells: string[], column: string | undefined): string | undefined {
  if (column === undefined) return undefined;
  const index = table.headers.indexOf(column);
  if (index < 0) throw new Refusal('errors.calls.no_such_column', { column, headers: table.headers.join(', ') }, { field: 'mapping' });
  return cells[index] ?? '';
}

/** One line of the file as a call, or the reason it cannot be one. */
function callOf(table: CsvTable, cells: string[], mapping: ColumnMapping, source: { file: string; line: number }): NewCall {
  const cell = (column: string | undefined) => cellOf(table, cells, column);
  const startText = cell(mapping.start) ?? cell(mapping.date) ?? '';
  const startedAt = readStart(startText, mapping.start ? undefined : cell(mapping.time));
  if (!startedAt) throw new LineRefusal('import.bad_date', { value: [startText, cell(mapping.time)].filter(Boolean).join(' ') });
  const durationText = cell(mapping.duration) ?? '';
  const durationSeconds = parseDuration(durationText, 'seconds');
  if (durationSeconds === undefined || durationSeconds > 86_400) throw new LineRefusal('import.bad_duration', { value: durationText });
  const directionText = cell(mapping.direction);
  const direction = directionText === undefined ? mapping.defaultDirection : readDirection(directionText);
  if (!direction) throw new LineRefusal('import.bad_direction', { value: directionText ?? '' });
  const given = (cell(mapping.number) ?? (direction === 'out' ? cell(mapping.called) : cell(mapping.caller)) ?? '').trim();
  // A caller who hid their number is still a call received: kept, as unreadable.
  const number = given === '' && direction === 'in' ? MASKED : given;
  if (number === '') throw new LineRefusal('import.no_number');
  if (number.length > 40) throw new LineRefusal('import.bad_number', { value: number.slice(0, 40) });
  return { direction, number, startedAt, durationSeconds, memberId: null, note: '', source };
}

/**
 * The desk noted this call already, to the minute and with a rounded duration: the operator's exact
 * record of it is not a second call (it would be billed twice).
 */
function loggedAtDesk(db: Db, call: NewCall, classify: (number: string) => ClassifiedNumber): boolean {
  const key = classify(call.number).e164 ?? call.number;
  const row = sql(
    db,
    `SELECT 1 FROM calls
      WHERE source = 'desk' AND month = substr(:startedAt, 1, 7) AND direction = :direction AND coalesce(e164, number) = :key
        AND abs(unixepoch(started_at) - unixepoch(:startedAt)) <= 120 AND abs(duration_s - :duration) <= 60`,
  ).get({ startedAt: call.startedAt, direction: call.direction, key, duration: call.durationSeconds });
  return row !== undefined;
}

export interface ImportChoice {
  format?: string;
  mapping?: ColumnMapping;
  saveAs?: string;
}

function mappingFor(db: Db, table: CsvTable, choice: ImportChoice): ColumnMapping {
  if (choice.mapping) return choice.mapping;
  if (choice.format) return formatNamed(db, choice.format);
  const { mapping, missing } = guessMapping(table.headers, table.rows[0]?.cells);
  if (missing.length > 0) {
    throw new Refusal('errors.calls.unmapped', { missing: missing.join(', '), headers: table.headers.join(', ') }, { field: 'format', details: { missing, headers: table.headers } });
  }
  return { ...mapping, duration: mapping.duration ?? '', defaultDirection: 'out' };
}

/**
 * Imports an operator's call records: every readable line is written (one transaction: all of them
 * or none), a call already in the log is counted as a duplicate, and each other line is reported
 * with its number and why it was left out.
 */
export function importCalls(db: Db, file: { fileName: string; bytes: Uint8Array }, choice: ImportChoice, at: string): ImportReport {
  const table = readCsv(file.bytes);
  if (table.headers.length === 0) throw new Refusal('errors.calls.empty_file', { file: file.fileName }, { field: 'base64' });
  const mapping = mappingFor(db, table, choice);
  const report: ImportReport = { file: file.fileName, imported: 0, duplicates: 0, rejected: [] };
  // An operator's statement calls the same few numbers again and again: each is read once.
  const known = new Map<string, ClassifiedNumber>();
  const classify = (number: string) => known.get(number) ?? known.set(number, classifyNumber(number)).get(number)!;
  for (const row of table.rows) {
    try {
      const call = callOf(table, row.cells, mapping, { file: file.fileName, line: row.line });
      const id = loggedAtDesk(db, call, classify) ? null : insertCall(db, call, at, classify);
      if (id === null) report.duplicates += 1;
      else report.imported += 1;
    } catch (error) {
      if (!(error instanceof LineRefusal)) throw error;
      const { message, messageEn } = bilingual(error.key, error.params);
      report.rejected.push({ line: row.line, reason: message, reasonEn: messageEn });
    }
  }
  if (choice.saveAs) saveFormat(db, choice.saveAs, mapping, at);
  return report;
}

const PREVIEW_ROWS = 5;

/** What the wizard shows before importing: how the file was read, its first rows, a guessed mapping. */
export function previewCalls(db: Db, bytes: Uint8Array) {
  const table = readCsv(bytes, PREVIEW_ROWS);
  const guess = guessMapping(table.headers, table.rows[0]?.cells);
  return {
    encoding: table.encoding,
    separator: table.separator,
    headers: table.headers,
    rows: table.rows.map((row) => row.cells),
    lines: table.dataLines,
    guess: guess.mapping,
    missing: guess.missing,
    formats: listFormats(db),
  };
}
