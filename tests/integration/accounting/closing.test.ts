import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputOf } from '../../../main/api/contract';
import { chainHash, type Json } from '../../../main/domain/ledger/canonical';
import { december } from '../../helpers/accounting';
import { relais } from '../../helpers/cli';
import { expectOk, signedIn, tempDir } from '../../helpers/db';
import { billingSpace } from '../../helpers/invoicing';
import { IDENTITY } from '../../helpers/identity';
import { addMember } from '../../helpers/members';

type Closed = OutputOf<'accounting.close'>;
const FEC = path.join(import.meta.dirname, '../../fixtures/fec/123456782FEC20261231.txt');

async function closedDecember() {
  const space = billingSpace();
  const members = december(space);
  const result = await space.dispatch(space.desk, 'accounting.close', { year: 2026 });
  if (!result.ok) throw new Error(result.error.messageEn);
  return { ...space, ...members, closed: result.value as Closed };
}

function unzip(base64: string): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'archive.zip'), Buffer.from(base64, 'base64'));
  execFileSync('unzip', ['-q', 'archive.zip'], { cwd: dir });
  return dir;
}

describe('closing a fiscal year', () => {
  it('lists the years, and only a finished year whose predecessors are closed can close', () => {
    const space = billingSpace();
    december(space);
    const years = expectOk(space.dispatch(space.desk, 'accounting.years', {})) as OutputOf<'accounting.years'>;
    expect(years.map(({ year, documents, payments, blocker, closing }) => ({ year, documents, payments, blocker, closing }))).toEqual([
      { year: 2027, documents: 0, payments: 0, blocker: 'closing.not_over', closing: null },
      { year: 2026, documents: 4, payments: 3, blocker: null, closing: null },
    ]);
    const early = space.dispatch(space.desk, 'accounting.close', { year: 2027 });
    return Promise.resolve(early).then((result) => expect(result).toMatchObject({ ok: false, error: { reason: 'errors.accounting.not_over' } }));
  });

  it('stores the year’s totals, the perpetual total and the chain’s last link', async () => {
    const { closed, db } = await closedDecember();
    const last = db.prepare('SELECT position, hash FROM chain ORDER BY position DESC LIMIT 1').get() as { position: number; hash: string };
    expect(closed.closing).toMatchObject({
      year: 2026,
      start: '2026-01-01',
      end: '2026-12-31',
      closedBy: 'relais (CLI)',
      invoices: { count: 3, netCents: 25860, vatCents: 5172, grossCents: 31032 },
      creditNotes: { count: 1, netCents: -800, vatCents: -160, grossCents: -960 },
      payments: { count: 3, amountCents: 31672 },
      deposits: { count: 1, amountCents: 19872 },
      perpetualGrossCents: 30072,
      chainPosition: 7,
      chainHash: last.hash,
    });
    expect(last.position).toBe(7);
  });

  it('writes an archive whose SHA256SUMS verifies, with the FEC, the PDFs and records whose hashes recompute', async () => {
    const { closed } = await closedDecember();
    expect(closed.fileName).toBe('cloture-2026.zip');
    const dir = path.join(unzip(closed.base64), 'cloture-2026');
    const check = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    const checked = check.trim().split('\n');
    expect(checked.every((line) => line.endsWith(': OK'))).toBe(true);
    expect(checked.map((line) => line.replace(/: OK$/, '')).sort()).toEqual(
      ['123456782FEC20261231.txt', 'LISEZMOI.txt', 'cloture.json', 'enregistrements.json', 'pdf/Avoir-A2026-0001.pdf', 'pdf/Facture-F2026-0001.pdf', 'pdf/Facture-F2026-0002.pdf', 'pdf/Facture-F2026-0003.pdf', 'remises-de-cheques.json'].sort(),
    );
    expect(fs.readFileSync(path.join(dir, '123456782FEC20261231.txt')).equals(fs.readFileSync(FEC))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'pdf/Facture-F2026-0001.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const records = JSON.parse(fs.readFileSync(path.join(dir, 'enregistrements.json'), 'utf8')) as { position: number; previousHash: string; hash: string; data: Json }[];
    expect(records.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const record of records) expect(chainHash(record.data, record.previousHash)).toBe(record.hash);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'cloture.json'), 'utf8'))).toEqual(closed.closing);
    expect(fs.readFileSync(path.join(dir, 'LISEZMOI.txt'), 'utf8')).toContain('sha256sum -c SHA256SUMS');
    // A file changed in the folder no longer verifies.
    fs.appendFileSync(path.join(dir, 'cloture.json'), ' ');
    expect(() => execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: dir, stdio: 'pipe' })).toThrow();
  });

  it('refuses afterwards any invoice, credit note, payment or deposit dated in the closed year', async () => {
    const { dispatch, desk, clock, db, lou, sam } = await closedDecember();
    // A PC whose clock went back into 2026: issuing there is refused, and nothing is numbered.
    clock.set('2026-12-20T10:00:00+01:00');
    const draft = expectOk(dispatch(desk, 'invoices.createDraft', { memberId: lou })) as { id: number };
    expectOk(dispatch(desk, 'invoices.addLine', { invoiceId: draft.id, description: 'Impression', quantity: 1, unitPriceCents: 500 }));
    const issued = dispatch(desk, 'invoices.issue', { invoiceIds: [draft.id] });
    expect(issued).toMatchObject({ ok: false, error: { reason: 'errors.accounting.year_closed' } });
    expect(issued.ok ? '' : issued.error.message).toContain('31/12/2026');
    const credited = dispatch(desk, 'invoices.credit', { invoiceId: 1, reason: 'Erreur' });
    expect(credited).toMatchObject({ ok: false, error: { reason: 'errors.accounting.year_closed' } });
    clock.set('2027-01-12T10:00:00+01:00');
    const backdated = dispatch(desk, 'payments.add', { memberId: sam, method: 'cash', amountCents: 500, date: '2026-12-30' });
    expect(backdated).toMatchObject({ ok: false, error: { reason: 'errors.accounting.year_closed', fields: [{ field: 'date' }] } });
    expectOk(dispatch(desk, 'payments.add', { memberId: sam, method: 'cheque', amountCents: 500, chequeBank: 'La Poste', chequeNumber: '99', chequeDrawer: 'Sam Perrin' }));
    const paymentId = db.prepare('SELECT max(id) FROM payments').pluck().get() as number;
    expect(dispatch(desk, 'payments.deposit', { paymentIds: [paymentId], date: '2026-12-31' })).toMatchObject({ ok: false, error: { fields: [{ field: 'date' }] } });
    // The database refuses it as well, whatever writes to it.
    expect(() => db.prepare("UPDATE invoices SET series = 'F2026', seq = 4, number = 'F2026-0004', issue_date = '2026-12-31' WHERE id = ?").run(draft.id)).toThrow(/closed fiscal year/);
    expect(() => db.prepare("INSERT INTO payments (member_id, date, method, amount_cents, created_at) VALUES (?, '2026-06-01', 'cash', 100, '2027-01-12')").run(sam)).toThrow(/closed fiscal year/);
    // Still issued the day the clock is right again.
    expect(dispatch(desk, 'invoices.issue', { invoiceIds: [draft.id] })).toMatchObject({ ok: true, value: [{ number: 'F2027-0001' }] });
  });

  it('never reopens: closing again is refused, and the stored closing cannot be changed or deleted', async () => {
    const { dispatch, desk, db } = await closedDecember();
    await expect(Promise.resolve(dispatch(desk, 'accounting.close', { year: 2026 }))).resolves.toMatchObject({ ok: false, error: { reason: 'errors.accounting.already_closed' } });
    expect(() => db.prepare('DELETE FROM closings').run()).toThrow(/never reopened/);
    expect(() => db.prepare('UPDATE closings SET end = ?').run('2026-06-30')).toThrow(/never reopened/);
    const settings = expectOk(dispatch(desk, 'settings.get', {})) as { accounting: Record<string, unknown> };
    expect(dispatch(desk, 'settings.updateAccounting', { ...settings.accounting, fiscalYearStartMonth: 7 })).toMatchObject({
      ok: false,
      error: { reason: 'errors.accounting.start_month_locked', fields: [{ field: 'fiscalYearStartMonth' }] },
    });
  });

  it('keeps the closed year’s FEC and archive as they were, whatever the settings become', async () => {
    const { dispatch, desk, db, closed } = await closedDecember();
    const settings = expectOk(dispatch(desk, 'settings.get', {})) as { accounting: { accounts: Record<string, unknown>; journals: Record<string, unknown> } & Record<string, unknown> };
    const accounting = settings.accounting;
    expectOk(dispatch(desk, 'settings.updateAccounting', { ...accounting, fecSeparator: 'tab', accounts: { ...accounting.accounts, customers: { number: '411100', label: 'Adhérents' } }, journals: { ...accounting.journals, bank: { code: 'BK', label: 'Banque' } } }));
    expectOk(dispatch(desk, 'settings.updateIdentity', { ...IDENTITY, siret: '73282932000074' }));
    const fec = expectOk(dispatch(desk, 'accounting.fec', { year: 2026 })) as { fileName: string; base64: string };
    expect(fec.fileName).toBe('123456782FEC20261231.txt');
    expect(Buffer.from(fec.base64, 'base64').equals(fs.readFileSync(FEC))).toBe(true);
    const again = await dispatch(desk, 'accounting.archive', { year: 2026 });
    expect(again.ok && Buffer.from((again.value as { base64: string }).base64, 'base64').equals(Buffer.from(closed.base64, 'base64'))).toBe(true);
    // The open year that follows takes the new settings.
    const next = Buffer.from((expectOk(dispatch(desk, 'accounting.fec', { year: 2027 })) as { base64: string }).base64, 'base64').toString('utf8');
    expect(next.split('\r\n')[0]).toContain('\t');
    expect(dispatch(desk, 'accounting.fec', { year: 2028 })).toMatchObject({ ok: false, error: { reason: 'errors.accounting.future_year', fields: [{ field: 'year' }] } });
    expect(() => db.prepare("UPDATE cheque_deposits SET date = '2027-01-02'").run()).toThrow(/never changed/);
  });

  it('anchors the chain: cutting off its last records is found by verification', async () => {
    const { dispatch, desk, db } = await closedDecember();
    expect(expectOk(dispatch(desk, 'ledger.verify', {}))).toMatchObject({ intact: true });
    db.exec('DROP TRIGGER chain_never_deleted; DROP TRIGGER payments_never_deleted; DROP TRIGGER payment_allocations_never_deleted');
    db.exec('DELETE FROM chain WHERE position = 7; DELETE FROM payment_allocations WHERE payment_id = 3; DELETE FROM payments WHERE id = 3');
    const report = expectOk(dispatch(desk, 'ledger.verify', {})) as OutputOf<'ledger.verify'>;
    expect(report.intact).toBe(false);
    expect(report.problems).toEqual([{ problem: 'closing_mismatch', record: 'closing', recordId: 2026, number: null, position: 7 }]);
  });

  it('is for the treasurer or an admin; `relais archive` writes the archive again, byte for byte', async () => {
    const space = billingSpace();
    december(space);
    const welcome = signedIn(space.dispatch, space.desk, 'welcome');
    await expect(Promise.resolve(space.dispatch(welcome, 'accounting.close', { year: 2026 }))).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const closed = await space.dispatch(space.desk, 'accounting.close', { year: 2026 });
    if (!closed.ok) throw new Error(closed.error.messageEn);
    const out = tempDir();
    expect(await relais.async('--db', space.file, 'archive', '--year', '2026', '--out', out)).toMatchObject({ code: 0, err: '' });
    expect(fs.readFileSync(path.join(out, 'cloture-2026.zip')).equals(Buffer.from((closed.value as Closed).base64, 'base64'))).toBe(true);
    const again = await relais.async('--db', space.file, 'close', '--year', '2026', '--out', out);
    expect(again.code).toBe(1);
    expect(again.err).toContain('déjà clôturé');
  });

  it('`relais close` closes last year (by the real clock) and writes its archive into the folder', async () => {
    const lastYear = new Date().getFullYear() - 1;
    const space = billingSpace();
    space.clock.set(`${lastYear}-03-02T10:00:00+01:00`);
    const memberId = addMember(space.dispatch, space.desk);
    const draft = expectOk(space.dispatch(space.desk, 'invoices.createDraft', { memberId })) as { id: number };
    expectOk(space.dispatch(space.desk, 'invoices.addLine', { invoiceId: draft.id, description: 'Journée', quantity: 1, unitPriceCents: 1500 }));
    expectOk(space.dispatch(space.desk, 'invoices.issue', { invoiceIds: [draft.id] }));
    expectOk(space.dispatch(space.desk, 'payments.add', { memberId, method: 'cash', amountCents: 1500 }));
    const dir = tempDir();
    const run = await relais.async('--db', space.file, 'close', '--year', String(lastYear), '--out', dir, '--json');
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(run.out)).toMatchObject({ file: path.join(dir, `cloture-${lastYear}.zip`) });
    execFileSync('unzip', ['-q', `cloture-${lastYear}.zip`], { cwd: dir });
    const check = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: path.join(dir, `cloture-${lastYear}`), encoding: 'utf8' });
    expect(check).toContain(`123456782FEC${lastYear}1231.txt: OK`);
    expect(check).toContain(`pdf/Facture-F${lastYear}-0001.pdf: OK`);
    const years = JSON.parse(relais('--db', space.file, 'call', 'accounting.years', '{}', '--json').out) as { year: number; closing: unknown }[];
    expect(years.find((year) => year.year === lastYear)?.closing).toMatchObject({ invoices: { count: 1, grossCents: 1500 }, payments: { count: 1, amountCents: 1500 } });
  });
});
