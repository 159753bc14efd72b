import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/open';
import { appendToChain } from '../../../main/domain/ledger/chain';
import { expectOk } from '../../helpers/db';
import { relais } from '../../helpers/cli';
import { billingSpace, november } from '../../helpers/invoicing';
import type { OutputOf } from '../../../main/api/contract';

type Report = OutputOf<'ledger.verify'>;

/** November billed and issued, one invoice paid in cash and one by cheque, one partly credited: the chain has six links. */
function chainedFile() {
  const space = billingSpace();
  const { lou, sam, noa } = november(space);
  const { dispatch, desk } = space;
  const run = expectOk(dispatch(desk, 'invoices.run', { month: '2026-11', issue: true })) as OutputOf<'invoices.run'>;
  const of = (memberId: number) => run.issued.find((i) => i.memberId === memberId)?.id as number;
  expectOk(dispatch(desk, 'payments.add', { memberId: noa, method: 'cash', amountCents: 2300 }));
  expectOk(dispatch(desk, 'payments.add', { memberId: sam, method: 'cheque', amountCents: 7000, chequeBank: 'CIC', chequeNumber: '42', chequeDrawer: 'Sam Perrin' }));
  expectOk(dispatch(desk, 'invoices.credit', { invoiceId: of(lou), lines: [{ position: 3, quantity: 1 }] }));
  space.db.close();
  return { file: space.file };
}

function verify(file: string): { code: number; report: Report; text: string } {
  const json = relais('--db', file, 'verify', '--json');
  const text = relais('--db', file, 'verify');
  expect(text.code).toBe(json.code);
  return { code: json.code, report: JSON.parse(json.out) as Report, text: text.out };
}

/** Writes to the file the way someone with a SQLite editor would, triggers dropped first. */
function tamper(file: string, statements: string): void {
  const db = openDatabase(file);
  db.exec(statements);
  db.close();
}

describe('relais verify', () => {
  it('passes an untouched file with exit 0', () => {
    const { file } = chainedFile();
    const { code, report, text } = verify(file);
    expect(code).toBe(0);
    expect(report).toMatchObject({ intact: true, links: 6, records: 6, problems: [] });
    expect(text).toContain('Chaîne intacte : oui');
  });

  it('names an issued invoice whose amount was changed in SQL, and exits 1', () => {
    const { file } = chainedFile();
    tamper(file, `DROP TRIGGER invoice_lines_frozen_update;
      UPDATE invoice_lines SET unit_price_cents = 700, net_cents = 700 WHERE invoice_id = (SELECT id FROM invoices WHERE number = 'F2026-0002');`);
    const { code, report, text } = verify(file);
    expect(code).toBe(1);
    expect(report.problems).toEqual([{ problem: 'altered', record: 'invoice', recordId: expect.any(Number), number: 'F2026-0002', position: 2 }]);
    expect(text).toMatch(/modifié après émission\s+facture ou avoir\s+\d+\s+F2026-0002/);
  });

  it('names a deleted payment, and exits 1', () => {
    const { file } = chainedFile();
    tamper(file, `DROP TRIGGER payments_never_deleted; DROP TRIGGER payment_allocations_never_deleted;
      DELETE FROM payment_allocations WHERE payment_id = (SELECT min(id) FROM payments); DELETE FROM payments WHERE id = (SELECT min(id) FROM payments);`);
    const { code, report } = verify(file);
    expect(code).toBe(1);
    expect(report.problems).toEqual([{ problem: 'removed', record: 'payment', recordId: 1, number: null, position: 4 }]);
  });

  it('names a deleted payment whose link was deleted too', () => {
    const { file } = chainedFile();
    tamper(file, `DROP TRIGGER payments_never_deleted; DROP TRIGGER payment_allocations_never_deleted; DROP TRIGGER chain_never_deleted;
      DELETE FROM payment_allocations WHERE payment_id = 1; DELETE FROM payments WHERE id = 1; DELETE FROM chain WHERE record = 'payment' AND record_id = 1;`);
    const { code, report } = verify(file);
    expect(code).toBe(1);
    expect(report.problems.map((p) => [p.problem, p.position])).toEqual([['link_removed', 4], ['link_broken', 5]]);
  });

  it('names a forged invoice inserted outside the chain, and one slipped into a series', () => {
    const { file } = chainedFile();
    tamper(file, `DROP TRIGGER invoices_born_drafts;
      INSERT INTO invoices (kind, member_id, created_at, series, seq, number, issue_date, due_date, service_from, service_to, seller, buyer, vat_terms, net_cents, vat_cents, gross_cents)
      SELECT 'invoice', member_id, created_at, 'F2026', 4, 'F2026-0004', issue_date, due_date, service_from, service_to, seller, buyer, vat_terms, 100, 0, 100 FROM invoices WHERE number = 'F2026-0001';
      INSERT INTO invoices (kind, member_id, created_at, series, seq, number, issue_date, due_date, service_from, service_to, seller, buyer, vat_terms, net_cents, vat_cents, gross_cents)
      SELECT 'invoice', member_id, created_at, 'F2026', 9, 'F2026-0009', issue_date, due_date, service_from, service_to, seller, buyer, vat_terms, 100, 0, 100 FROM invoices WHERE number = 'F2026-0001';`);
    const { code, report } = verify(file);
    expect(code).toBe(1);
    expect(report.problems.map((p) => [p.problem, p.number])).toEqual([['inserted', 'F2026-0004'], ['inserted', 'F2026-0009'], ['number_missing', 'F2026-0009']]);
  });

  it('says which file is missing instead of creating one', () => {
    const result = relais('--db', '/tmp/relais-no-such-file.sqlite', 'verify');
    expect(result.code).toBe(1);
    expect(result.err).toContain('Aucune base');
  });
});

describe('the database itself', () => {
  it('refuses an issued document inserted directly, a line moved into one, and a billed source added to one', () => {
    const { file } = chainedFile();
    const db = openDatabase(file);
    const issued = db.prepare("SELECT id FROM invoices WHERE number = 'F2026-0001'").pluck().get() as number;
    expect(() => db.prepare("INSERT INTO invoices (kind, member_id, created_at, series, seq, number, issue_date) VALUES ('invoice', 1, 'x', 'F2026', 4, 'F2026-0004', '2026-12-01')").run()).toThrow(/created as a draft/);
    const draft = Number(db.prepare("INSERT INTO invoices (kind, member_id, created_at) VALUES ('invoice', 1, 'x')").run().lastInsertRowid);
    const line = Number(db.prepare("INSERT INTO invoice_lines (invoice_id, position, kind, description, quantity, unit_price_cents, vat_bp, net_cents) VALUES (?, 1, 'free', 'Ajout', 1, 100000, 0, 100000)").run(draft).lastInsertRowid);
    expect(() => db.prepare('UPDATE invoice_lines SET invoice_id = ?, position = 9 WHERE id = ?').run(issued, line)).toThrow(/never changed/);
    const issuedLine = db.prepare('SELECT id FROM invoice_lines WHERE invoice_id = ? AND position = 1').pluck().get(issued) as number;
    expect(() => db.prepare("INSERT INTO billed_sources (source, line_id) VALUES ('carnet:999', ?)").run(issuedLine)).toThrow(/fixed when it is issued/);
    db.close();
  });

  it('a forged invoice with a recomputed hash is still named when it is dated before the last of its series or does not add up', () => {
    const { file } = chainedFile();
    const db = openDatabase(file);
    db.exec(`DROP TRIGGER invoices_born_drafts; DROP TRIGGER invoices_issue_in_order;
      INSERT INTO invoices (kind, member_id, created_at, series, seq, number, issue_date, due_date, service_from, service_to, seller, buyer, vat_terms, net_cents, vat_cents, gross_cents)
      SELECT 'invoice', member_id, created_at, 'F2026', 4, 'F2026-0004', '2026-01-02', due_date, service_from, service_to, seller, buyer, vat_terms, 5000, 0, 5000 FROM invoices WHERE number = 'F2026-0001';`);
    const forged = db.prepare("SELECT id FROM invoices WHERE number = 'F2026-0004'").pluck().get() as number;
    appendToChain(db, 'invoice', forged, '2026-12-02T10:00:00+01:00');
    db.close();
    const { code, report } = verify(file);
    expect(code).toBe(1);
    expect(report.problems.map((p) => [p.problem, p.number])).toEqual([['inconsistent', 'F2026-0004'], ['out_of_order', 'F2026-0004']]);
  });
});
