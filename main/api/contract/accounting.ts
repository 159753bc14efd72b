import * as z from 'zod';
import { AccountingSettings, Closing, ExportFile, FiscalYear, FiscalYearStatus } from '../../domain/accounting/schema';
import { method, TREASURY } from '../define';

const YearInput = z.strictObject({ year: FiscalYear });

export const accountingContract = {
  'settings.updateAccounting': method({
    summary: 'Set the account plan, the journals, the first month of the fiscal year and the FEC separator',
    input: AccountingSettings,
    output: AccountingSettings,
    roles: TREASURY,
    audit: 'settings_changed',
  }),
  'accounting.fec': method({
    summary: 'The FEC (fichier des écritures comptables, LPF art. A47 A-1) of a fiscal year: <SIREN>FEC<end date>.txt',
    input: YearInput,
    output: ExportFile.extend({ entries: z.int(), lines: z.int() }),
    roles: TREASURY,
    audit: 'accounts_exported',
    cli: { command: 'export fec', outDir: true },
  }),
  'accounting.years': method({
    summary: 'The fiscal years with activity: their dates, what they hold, and their closing if closed',
    input: z.strictObject({}),
    output: z.array(FiscalYearStatus),
    roles: TREASURY,
  }),
  'accounting.close': method({
    summary: 'Close a fiscal year for ever: no document dated in it any more; stores its totals and the chain’s last hash; returns the archive',
    input: YearInput,
    output: ExportFile.extend({ closing: Closing }),
    roles: TREASURY,
    audit: 'year_closed',
    deferred: true,
    cli: { command: 'close', outDir: true },
  }),
  'accounting.archive': method({
    summary: 'The archive of a closed year again: JSON of its records, the PDFs, the FEC and SHA256SUMS, in a ZIP',
    input: YearInput,
    output: ExportFile,
    roles: TREASURY,
    deferred: true,
    cli: { command: 'archive', outDir: true },
  }),
};
