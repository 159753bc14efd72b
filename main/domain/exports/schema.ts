import * as z from 'zod';
import { IsoDate } from '../common/schemas';

/** The CSV files the treasurer can take away (DESIGN §2.7, §5 « CSV for people »). */
export const CSV_EXPORTS = ['invoices', 'credit-notes', 'payments', 'members', 'bookings', 'calls', 'journal'] as const;
export const CsvExportKind = z.enum(CSV_EXPORTS);
export type CsvExportKind = z.infer<typeof CsvExportKind>;

/** Ten years and their leap days: the records the law keeps, in one file at most. */
const MAX_SPAN_DAYS = 3653;

export const CsvExportInput = z
  .strictObject({ what: CsvExportKind, from: IsoDate, to: IsoDate })
  .refine((q) => q.to >= q.from, { error: 'validation.end_before_start', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) < MAX_SPAN_DAYS * 86_400_000, { error: 'validation.export_range', path: ['to'] });
export type CsvExportInput = z.infer<typeof CsvExportInput>;

export const CsvExport = z.strictObject({
  fileName: z.string(),
  base64: z.string(),
  /** Lines below the header. */
  rows: z.int(),
});
export type CsvExport = z.infer<typeof CsvExport>;

/** The period exported, both days included. */
export interface Period {
  from: string;
  to: string;
}
