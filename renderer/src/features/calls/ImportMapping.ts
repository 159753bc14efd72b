import type { InputOf, OutputOf } from '../../../../main/api/contract';

export type Preview = OutputOf<'calls.preview'>;
export type NamedFormat = Preview['formats'][number];
export type ImportReport = OutputOf<'calls.import'>;
export type Mapping = NonNullable<InputOf<'calls.import'>['mapping']>;
export type Direction = 'out' | 'in';

/** The columns a call can be read from; `start` is date and time in one column. */
export const COLUMN_FIELDS = ['start', 'date', 'time', 'number', 'caller', 'called', 'duration', 'direction'] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

/** The mapping as the selects show it: '' is « no column ». */
export interface MappingDraft {
  /** Date and time in one column, or in two. */
  dateLayout: 'one' | 'two';
  /** The other party's number in one column, or caller and called. */
  numberLayout: 'one' | 'two';
  columns: Record<ColumnField, string>;
  defaultDirection: Direction;
}

/** The format select's value for « guess from the headers »; formats are `format:<name>`. */
export const GUESS = 'guess';
export const formatValue = (name: string) => `format:${name}`;

/** The columns a mapping names, whether or not the file has them. */
export function columnsOf(mapping: Partial<Record<ColumnField, string>>): string[] {
  return COLUMN_FIELDS.map((field) => mapping[field]).filter((column): column is string => Boolean(column));
}

/** A stored mapping (a format's or the guess) as the selects show it, dropping columns the file lacks. */
export function draftOf(mapping: Partial<Record<ColumnField, string>> & { defaultDirection?: Direction }, headers: string[]): MappingDraft {
  const columns = Object.fromEntries(COLUMN_FIELDS.map((field) => [field, headers.includes(mapping[field] ?? '') ? (mapping[field] as string) : ''])) as Record<ColumnField, string>;
  return {
    dateLayout: mapping.date && !mapping.start ? 'two' : 'one',
    numberLayout: (mapping.caller || mapping.called) && !mapping.number ? 'two' : 'one',
    columns,
    defaultDirection: mapping.defaultDirection ?? 'out',
  };
}

/** The fields the chosen layouts use, in the order they are shown. */
export function activeFields(draft: MappingDraft): ColumnField[] {
  return [
    ...(draft.dateLayout === 'one' ? (['start'] as const) : (['date', 'time'] as const)),
    ...(draft.numberLayout === 'one' ? (['number'] as const) : (['caller', 'called'] as const)),
    'duration',
    'direction',
  ];
}

/** Date (and time), number and duration each have a column: the file can be imported. */
export function isComplete(draft: MappingDraft): boolean {
  const { columns } = draft;
  const date = draft.dateLayout === 'one' ? columns.start !== '' : columns.date !== '' && columns.time !== '';
  const number = draft.numberLayout === 'one' ? columns.number !== '' : columns.caller !== '' || columns.called !== '';
  return date && number && columns.duration !== '';
}

/** What the server is sent: the columns of the fields in use. */
export function toMapping(draft: MappingDraft): Mapping {
  const mapping: Mapping = { duration: draft.columns.duration, defaultDirection: draft.defaultDirection };
  for (const field of activeFields(draft)) if (draft.columns[field] !== '') mapping[field] = draft.columns[field];
  return mapping;
}

/** Two mappings that read a file the same way. */
export function sameMapping(a: Mapping, b: Mapping): boolean {
  const direction = (m: Mapping) => (m.direction ? '' : (m.defaultDirection ?? 'out'));
  return COLUMN_FIELDS.every((field) => (a[field] ?? '') === (b[field] ?? '')) && direction(a) === direction(b);
}

/** The field a column of the file is read as, if any. */
export function fieldOfColumn(draft: MappingDraft, header: string): ColumnField | undefined {
  return activeFields(draft).find((field) => draft.columns[field] === header);
}

/** The first format (preset or saved) whose columns are all in the file: likely the operator's. */
export function matchingFormat(preview: Preview): NamedFormat | undefined {
  return preview.formats.find((format) => columnsOf(format.mapping).every((column) => preview.headers.includes(column)));
}
