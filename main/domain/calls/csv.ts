import { CsvError, parse } from 'csv-parse/sync';
import { Refusal } from '../common/refusal';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';
export type Separator = ';' | ',' | '\t';

export interface CsvTable {
  encoding: Encoding;
  separator: Separator;
  headers: string[];
  /** Data rows with the line of the file each starts on (the header is line 1). */
  rows: { line: number; cells: string[] }[];
  /** Non-empty lines after the header (an estimate of the rows when only the first were read). */
  dataLines: number;
}

/** UTF-8 (with or without its BOM) when the bytes are valid UTF-8; otherwise Windows-1252, as Excel writes in France. */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The separator that splits the header line the most (outside quotes). */
export function detectSeparator(text: string): Separator {
  const header = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = ([';', ',', '\t'] as const).map((separator) => ({ separator, count: header.split(separator).length - 1 }));
  return counts.reduce((best, candidate) => (candidate.count > best.count ? candidate : best)).separator;
}

/** Lines a record spans beyond its first (a quoted note over two lines); blank lines before it do not count. */
const extraLines = (raw: string) => (raw.replace(/^\n+/, '').replace(/\n$/, '').match(/\n/g) ?? []).length;

/** The file's rows (only the first `limit` when given); a file csv-parse cannot read is refused with the line. */
export function readCsv(bytes: Uint8Array, limit?: number): CsvTable {
  const decoded = decode(bytes);
  const { encoding } = decoded;
  // One kind of line break, so that csv-parse counts lines as an editor does.
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const separator = detectSeparator(text);
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parse(text, {
      delimiter: separator,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      raw: true,
      to: limit === undefined ? undefined : limit + 1,
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new Refusal('errors.calls.unreadable_csv', { line: (error as CsvError & { lines?: number }).lines ?? 0 }, { field: 'base64' });
  }
  const [header, ...data] = records;
  return {
    encoding,
    separator,
    headers: header?.record ?? [],
    // csv-parse counts lines up to a record's end; a record over several lines started earlier.
    rows: data.map(({ record, info, raw }) => ({ line: info.lines - extraLines(raw), cells: record })),
    dataLines: Math.max(0, text.split('\n').filter((line) => line.trim() !== '').length - 1),
  };
}
