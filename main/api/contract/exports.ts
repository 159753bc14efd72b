import { CsvExport, CsvExportInput } from '../../domain/exports/schema';
import { method, TREASURY } from '../define';

export const exportsContract = {
  'exports.csv': method({
    summary: 'A CSV for the treasurer’s spreadsheet (UTF-8 with BOM, ;, decimal comma, DD/MM/YYYY): invoices, credit notes, payments, members, bookings, calls or journal lines of a period',
    input: CsvExportInput,
    output: CsvExport,
    roles: TREASURY,
    audit: 'accounts_exported',
    cli: { command: 'export csv', writesFile: true },
  }),
};
