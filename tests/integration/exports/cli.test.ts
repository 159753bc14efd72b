import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relais } from '../../helpers/cli';
import { plain, tempDir } from '../../helpers/db';
import { csvOf, decemberSpace } from './scenario';

describe('relais export csv', () => {
  it('writes the file to --out, says how many lines, and refuses a period backwards with exit 2', () => {
    const space = decemberSpace();
    const expected = csvOf(space.dispatch, space.desk, 'payments', '2026-12-01', '2026-12-31').bytes;
    space.db.close();
    const out = path.join(tempDir(), 'paiements.csv');
    const written = relais('--db', space.file, 'export', 'csv', '--what', 'payments', '--from', '2026-12-01', '--to', '2026-12-31', '--out', out);
    expect(written.code).toBe(0);
    expect(written.out).toContain(out);
    expect(written.out).toMatch(/Lignes\s*:\s*4/);
    expect(fs.readFileSync(out).equals(expected)).toBe(true);

    const json = relais('--db', space.file, 'export', 'csv', '--what', 'invoices', '--from', '2026-01-01', '--to', '2026-12-31', '--out', out, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ file: out, rows: 3 });
    expect(fs.readFileSync(out, 'utf8')).toContain('F2026-0003;01/12/2026;');

    const backwards = relais('--db', space.file, 'export', 'csv', '--what', 'invoices', '--from', '2026-12-31', '--to', '2026-01-01', '--out', out);
    expect(backwards.code).toBe(2);
    expect(plain(backwards.err)).toContain('la date de fin doit être le même jour ou après la date de début');
    const unknown = relais('--db', space.file, 'export', 'csv', '--what', 'salaires', '--from', '2026-01-01', '--to', '2026-12-31', '--out', out);
    expect(unknown.code).toBe(2);
    // The command knows the choices before asking the contract: it lists them.
    expect(unknown.err).toContain('invoices, credit-notes, payments, members, bookings, calls, journal');
  });
});
