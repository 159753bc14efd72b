import { parse } from 'csv-parse/sync';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';
export type Separator = ';' | ',' | '\t';

export interface CsvTable {
  encoding: Encoding;
  separator: Separator;
  headers: string[];
  /** Data rows with the line of the file each starts on (the header is line 1). */
  rows: { line: number; cells: string[] }[];
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

export function readCsv(bytes: Uint8Array): CsvTable {
  const { text, encoding } = decode(bytes);
  const separator = detectSeparator(text);
  const records = parse(text, { delimiter: separator, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
  const [header, ...data] = records;
  return {
    encoding,
    separator,
    headers: header?.record ?? [],
    rows: data.map(({ record, info }) => ({ line: info.lines, cells: record })),
  };
}
