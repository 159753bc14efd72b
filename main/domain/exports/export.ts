import type { Db } from '../../db/open';
import { bookingsCsv } from './bookings';
import { callsCsv } from './calls';
import type { CsvTable } from './format';
import { creditNotesCsv, invoicesCsv } from './invoices';
import { journalCsv } from './journal';
import { membersCsv } from './members';
import { paymentsCsv } from './payments';
import type { CsvExport, CsvExportInput, CsvExportKind, Period } from './schema';

/** Each export: the start of its file's name, and how its table is read. */
const EXPORTS: Record<CsvExportKind, { file: string; table: (db: Db, period: Period, today: string) => CsvTable }> = {
  invoices: { file: 'factures', table: invoicesCsv },
  'credit-notes': { file: 'avoirs', table: creditNotesCsv },
  payments: { file: 'paiements', table: paymentsCsv },
  members: { file: 'membres', table: membersCsv },
  bookings: { file: 'reservations', table: bookingsCsv },
  calls: { file: 'appels', table: callsCsv },
  journal: { file: 'ecritures', table: journalCsv },
};

/** One CSV export of a period, named `factures-2026-01-01-au-2026-12-31.csv`. */
export function csvExport(db: Db, { what, from, to }: CsvExportInput, today: string): CsvExport {
  const { file, table } = EXPORTS[what];
  const { csv, rows } = table(db, { from, to }, today);
  return { fileName: `${file}-${from}-au-${to}.csv`, base64: Buffer.from(csv, 'utf8').toString('base64'), rows };
}
