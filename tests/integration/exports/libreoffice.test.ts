import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/db';
import { csvOf, decemberSpace } from './scenario';

/** LibreOffice Calc, as CI installs it (Debian's libreoffice-calc); the test says so when it is missing. */
const soffice = ['soffice', 'libreoffice'].find((tool) => !spawnSync(tool, ['--version'], { stdio: 'ignore' }).error);
if (!soffice) console.warn('LibreOffice round trip of the CSV exports skipped: soffice not found (install libreoffice-calc).');

/** Separator ;, text delimiter ", UTF-8, from line 1, standard column types, French (France) locale. */
const FRENCH_CSV = 'CSV:59,34,76,1,,1036';

/** Converts CSV files to .xlsx as Calc imports them, in a profile of its own (a second Calc may be running). */
function calc(files: string[]): Map<string, string> {
  const dir = tempDir('relais-calc-');
  const profile = pathToFileURL(path.join(dir, 'profile')).href;
  const result = spawnSync(
    soffice as string,
    [`-env:UserInstallation=${profile}`, '--headless', `--infilter=${FRENCH_CSV}`, '--convert-to', 'xlsx', '--outdir', dir, ...files],
    { encoding: 'utf8', timeout: 110_000 },
  );
  expect(result.status, result.stderr).toBe(0);
  return new Map(files.map((file) => [path.basename(file, '.csv'), path.join(dir, `${path.basename(file, '.csv')}.xlsx`)]));
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** read-excel-file reads a Calc date-time as UTC wall-clock time, to a millisecond or so. */
const near = (value: unknown, iso: string) => value instanceof Date && Math.abs(value.getTime() - Date.parse(`${iso}Z`)) < 1000;

describe('the CSV exports opened in LibreOffice Calc', () => {
  it.skipIf(!soffice)('gives numbers for amounts, dates for dates, and accents intact (invoices, payments, calls)', { timeout: 120_000 }, async () => {
    const { dispatch, desk } = decemberSpace();
    const dir = tempDir();
    const files = ['invoices', 'payments', 'calls', 'credit-notes'].map((what) => {
      const file = path.join(dir, `${what}.csv`);
      fs.writeFileSync(file, csvOf(dispatch, desk, what, '2026-12-01', '2026-12-31').bytes);
      return file;
    });
    const sheets = calc(files);

    const invoices = await readSheet(sheets.get('invoices') as string);
    expect(invoices[0]).toEqual([
      'Numéro', 'Date', 'Échéance', 'Prestation du', 'Prestation au', 'N° membre', 'Client', 'SIREN client',
      'Total HT', 'TVA', 'Total TTC', 'Avoirs (TTC)', 'Payé', 'Reste dû', 'Statut', 'N° des avoirs',
    ]);
    expect(invoices[1]).toEqual(['F2026-0001', day('2026-12-01'), day('2026-12-31'), day('2026-01-01'), day('2026-12-31'), 1, 'Hélène Frère', null, 165.6, 0, 165.6, 0, 100, 65.6, 'payée en partie', null]);
    expect(invoices[2]?.slice(6, 15)).toEqual(['Atelier "Bois; Métal"', 732829320, 70, 0, 70, 70, 0, 0, 'annulée par avoir']);
    expect(invoices).toHaveLength(4);

    const payments = await readSheet(sheets.get('payments') as string);
    expect(payments[0]?.slice(0, 8)).toEqual(['N° paiement', 'Date', 'Mode', 'Montant', 'N° membre', 'Membre', 'Factures réglées', 'Non affecté (crédit)']);
    expect(payments.slice(1).map((row) => row.slice(0, 8))).toEqual([
      [1, day('2026-12-03'), 'chèque', 100, 1, 'Hélène Frère', 'F2026-0001 (100,00)', 0],
      [2, day('2026-12-04'), 'carte', 80, 2, 'Sam Perrin', 'F2026-0002 (70,00)', 10],
      [3, day('2026-12-05'), 'carte', -80, 2, 'Sam Perrin', 'F2026-0002 (-70,00)', -10],
      [4, day('2026-12-05'), 'espèces', 23, 3, 'Membre anonymisé n° 3', 'F2026-0003 (23,00)', 0],
    ]);
    expect(payments[1]?.slice(9, 13)).toEqual(['Crédit Agricole', 'Hélène Frère', null, 'R2026-001']);

    const calls = await readSheet(sheets.get('calls') as string);
    expect(near(calls[2]?.[1], '2026-12-02T09:05:00')).toBe(true);
    expect(calls[2]?.slice(2, 11)).toEqual(['sortant', '00 44 20 7946 0958', 'international', 61, 2, 1, 'Hélène Frère', 'refacturé', 0.5]);
    expect(calls[1]?.[3]).toBe('06 12 34 56 78');

    const credits = await readSheet(sheets.get('credit-notes') as string);
    expect(credits[1]?.slice(7, 11)).toEqual([-70, 0, -70, 'Carnet annulé']);
  });
});
