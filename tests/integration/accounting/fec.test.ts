import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliSession } from '../../../main/api/session';
import { expectOk, suiteDispatcherWithAdmin, tempDir } from '../../helpers/db';
import { fecViolations } from '../../helpers/fec-rules';
import { IDENTITY } from '../../helpers/identity';
import { billingSpace } from '../../helpers/invoicing';
import { december } from '../../helpers/accounting';
import { relais } from '../../helpers/cli';

type Fec = { fileName: string; base64: string; entries: number; lines: number };
const FIXTURE = path.join(import.meta.dirname, '../../fixtures/fec/123456782FEC20261231.txt');

describe('the FEC of a known small year', () => {
  it('equals the file written by hand, byte for byte', () => {
    const space = billingSpace();
    december(space);
    const fec = expectOk(space.dispatch(space.desk, 'accounting.fec', { year: 2026 })) as Fec;
    expect(fec.fileName).toBe('123456782FEC20261231.txt');
    expect(Buffer.from(fec.base64, 'base64').toString('utf8')).toBe(fs.readFileSync(FIXTURE, 'utf8'));
    expect(Buffer.from(fec.base64, 'base64').equals(fs.readFileSync(FIXTURE))).toBe(true);
    expect({ entries: fec.entries, lines: fec.lines }).toEqual({ entries: 8, lines: 22 });
  });

  it('opens the next year with what was still open: Sam’s 16 € of credit, against the opening balance', () => {
    const space = billingSpace();
    december(space);
    const fec = expectOk(space.dispatch(space.desk, 'accounting.fec', { year: 2027 })) as Fec;
    expect(fec.fileName).toBe('123456782FEC20271231.txt');
    expect(Buffer.from(fec.base64, 'base64').toString('utf8').split('\r\n').slice(1)).toEqual([
      'AN|À-nouveaux|AN000001|20270101|411000|Usagers|U0002|Sam Perrin|AN20270101|20270101|À-nouveaux au 01/01/2027|0,00|16,00|||20270101||',
      'AN|À-nouveaux|AN000001|20270101|890000|Bilan d’ouverture|||AN20270101|20270101|À-nouveaux au 01/01/2027|16,00|0,00|||20270101||',
      '',
    ]);
  });

  it('uses the separator, accounts and journals of the settings', () => {
    const space = billingSpace();
    december(space);
    const settings = expectOk(space.dispatch(space.desk, 'settings.get', {})) as { accounting: Record<string, unknown> & { accounts: Record<string, unknown>; journals: Record<string, unknown> } };
    const accounting = settings.accounting;
    expectOk(
      space.dispatch(space.desk, 'settings.updateAccounting', {
        ...accounting,
        fecSeparator: 'tab',
        accounts: { ...accounting.accounts, passes: { number: '706300', label: 'Passes | carnets' } },
        journals: { ...accounting.journals, sales: { code: 'VT', label: 'Ventes' } },
      }),
    );
    const text = Buffer.from((expectOk(space.dispatch(space.desk, 'accounting.fec', { year: 2026 })) as Fec).base64, 'base64').toString('utf8');
    const expected = fs.readFileSync(FIXTURE, 'utf8').replaceAll('|', '\t').replaceAll('VE\tVentes\tVE', 'VT\tVentes\tVT').replaceAll('706200\tPass et carnets', '706300\tPasses carnets');
    expect(text).toBe(expected);
  });

  it('is refused without a SIREN, with the field to fill in', () => {
    const space = billingSpace();
    december(space);
    expectOk(space.dispatch(space.desk, 'settings.updateIdentity', { ...IDENTITY, siret: '' }));
    const refused = space.dispatch(space.desk, 'accounting.fec', { year: 2026 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused', reason: 'errors.accounting.siren_missing', fields: [{ field: 'siret' }] } });
    expect(refused.ok ? '' : refused.error.message).toContain('SIRET');
  });

  it('is refused when an entry would not balance (a total tampered with in the file)', () => {
    const space = billingSpace();
    december(space);
    space.db.exec('DROP TRIGGER invoices_issued_never_changed');
    space.db.prepare("UPDATE invoices SET vat_cents = vat_cents + 1 WHERE number = 'F2026-0002'").run();
    const refused = space.dispatch(space.desk, 'accounting.fec', { year: 2026 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(refused.ok ? '' : refused.error.message).toContain('F2026-0002');
  });

  it('is written by `relais export fec` into the folder given', () => {
    const space = billingSpace();
    december(space);
    const out = tempDir();
    const run = relais('--db', space.file, 'export', 'fec', '--year', '2026', '--out', out, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ entries: 8, lines: 22 });
    expect(fs.readFileSync(path.join(out, '123456782FEC20261231.txt')).equals(fs.readFileSync(FIXTURE))).toBe(true);
    expect(relais('--db', space.file, 'export', 'fec', '--year', '1999', '--out', out).code).toBe(2);
  });
});

describe('the FEC of three years of demonstration activity', () => {
  let space: ReturnType<typeof suiteDispatcherWithAdmin>;
  beforeAll(() => {
    space = suiteDispatcherWithAdmin();
    expectOk(space.dispatch(cliSession(), 'demo.load', { years: 3, seed: 5 }));
  }, 120_000);

  it('keeps every rule of LPF art. A47 A-1, each year, with either separator', () => {
    const years = space.db.prepare("SELECT DISTINCT substr(issue_date, 1, 4) FROM invoices WHERE number IS NOT NULL ORDER BY 1").pluck().all() as string[];
    expect(years.length).toBeGreaterThanOrEqual(3);
    const demoSiren = (space.db.prepare("SELECT json_extract(value, '$.siret') FROM settings WHERE section = 'identity'").pluck().get() as string).slice(0, 9);
    for (const separator of ['pipe', 'tab'] as const) {
      const accounting = (expectOk(space.dispatch(cliSession(), 'settings.get', {})) as { accounting: Record<string, unknown> }).accounting;
      expectOk(space.dispatch(cliSession(), 'settings.updateAccounting', { ...accounting, fecSeparator: separator }));
      for (const year of years) {
        const fec = expectOk(space.dispatch(cliSession(), 'accounting.fec', { year: Number(year) })) as Fec;
        const bytes = Buffer.from(fec.base64, 'base64');
        expect(fecViolations(fec.fileName, bytes, { start: `${year}-01-01`, end: `${year}-12-31`, siren: demoSiren })).toEqual([]);
        expect(fec.lines).toBeGreaterThan(fec.entries * 2 - 1);
        expect(bytes.toString('utf8').split('\r\n')[0]?.includes(separator === 'tab' ? '\t' : '|')).toBe(true);
        // Lettered sets cancel out within the file: what an earlier year left open is carried forward (AN).
        const sets = new Map<string, number>();
        for (const row of bytes.toString('utf8').trim().split('\r\n').slice(1).map((line) => line.split(separator === 'tab' ? '\t' : '|'))) {
          if (!row[13]) continue;
          const key = `${row[6]}:${row[13]}`;
          sets.set(key, (sets.get(key) ?? 0) + Number(row[11]?.replace(',', '')) - Number(row[12]?.replace(',', '')));
        }
        for (const [key, cents] of sets) expect({ year, key, cents }).toEqual({ year, key, cents: 0 });
      }
    }
    const accounting = (expectOk(space.dispatch(cliSession(), 'settings.get', {})) as { accounting: Record<string, unknown> }).accounting;
    expectOk(space.dispatch(cliSession(), 'settings.updateAccounting', { ...accounting, fecSeparator: 'pipe' }));
  });

  it('the rule check itself finds a broken file', () => {
    const fec = expectOk(space.dispatch(cliSession(), 'accounting.fec', { year: 2026 })) as Fec;
    const text = Buffer.from(fec.base64, 'base64').toString('utf8');
    // A debit written 12.50, and the last line of the file gone (its entry no longer balances).
    const lines = text.trim().split('\r\n');
    const broken = lines.slice(0, -1).join('\r\n').replace(/\|(\d+),(\d\d)\|0,00\|/, '|$1.$2|0,00|');
    const problems = fecViolations(`X${fec.fileName}`, Buffer.from(broken), { start: '2026-01-01', end: '2026-12-31', siren: fec.fileName.slice(0, 9) });
    expect(problems.some((p) => p.startsWith('file name'))).toBe(true);
    expect(problems.some((p) => p.includes('is not 1234,50'))).toBe(true);
    expect(problems.some((p) => p.includes('does not balance'))).toBe(true);
  });
});
