import { describe, expect, it } from 'vitest';
import { journalEntries } from '../../../main/domain/accounting/journal';
import type { JournalEntry } from '../../../main/domain/accounting/schema';
import { expectOk } from '../../helpers/db';
import { billingSpace, type Scenario } from '../../helpers/invoicing';
import { addMember, LOU } from '../../helpers/members';

const ORGANISATION = { organisationName: 'Vignobles Roux SAS', organisationSiren: '732 829 320', organisationAddress: '1 route de Saint-Émilion, 33500 Pomerol' };

function invoice({ dispatch, desk }: Scenario, memberId: number, cents: number): number {
  const draft = expectOk(dispatch(desk, 'invoices.createDraft', { memberId })) as { id: number };
  expectOk(dispatch(desk, 'invoices.addLine', { invoiceId: draft.id, description: 'Journée', quantity: 1, unitPriceCents: cents }));
  expectOk(dispatch(desk, 'invoices.issue', { invoiceIds: [draft.id] }));
  return draft.id;
}

/** Each entry as `journal account aux debit credit` lines, the way a treasurer reads a journal. */
const read = (entry: JournalEntry) => entry.lines.map((l) => `${entry.journal} ${l.account} ${l.auxiliary || '-'} ${l.debitCents}/${l.creditCents}${l.letter ? ` ${l.letter}` : ''}`);

describe('the account plan', () => {
  it('gives one account number one label', () => {
    const { dispatch, desk } = billingSpace();
    const { accounting } = expectOk(dispatch(desk, 'settings.get', {})) as { accounting: { accounts: Record<string, unknown> } & Record<string, unknown> };
    const refused = dispatch(desk, 'settings.updateAccounting', { ...accounting, accounts: { ...accounting.accounts, passes: { number: '706100', label: 'Passes' } } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: [{ field: 'accounts.passes.label' }] } });
    expectOk(dispatch(desk, 'settings.updateAccounting', { ...accounting, accounts: { ...accounting.accounts, passes: { number: '706100', label: 'Postes de travail' } } }));
  });
});

describe('journal entries of payments', () => {
  it('split a payment between the accounts it settles, and move a credit spent elsewhere through the miscellaneous journal', () => {
    const space = billingSpace();
    const { dispatch, desk, clock } = space;
    clock.set('2026-12-02T10:00:00+01:00');
    const ines = addMember(dispatch, desk, { firstName: 'Inès', lastName: 'Roux' });
    invoice(space, ines, 3000); // her own account, U0001
    expectOk(dispatch(desk, 'members.update', { memberId: ines, ...LOU, firstName: 'Inès', lastName: 'Roux', ...ORGANISATION }));
    invoice(space, ines, 5000); // her organisation's, O0001
    clock.set('2026-12-03T10:00:00+01:00');
    expectOk(dispatch(desk, 'payments.add', { memberId: ines, method: 'cash', amountCents: 10000 }));
    expectOk(dispatch(desk, 'members.update', { memberId: ines, ...LOU, firstName: 'Inès', lastName: 'Roux' }));
    clock.set('2026-12-04T10:00:00+01:00');
    invoice(space, ines, 1500); // her own again
    expectOk(dispatch(desk, 'payments.add', { memberId: ines, method: 'credit', amountCents: 1500 }));

    const entries = journalEntries(space.db, { from: '2026-12-01', to: '2026-12-31' });
    const payments = entries.filter((entry) => entry.journal !== 'VE').map(read);
    expect(payments).toEqual([
      // 100 € cash: 30 € for her invoice, 50 € for the organisation's, 20 € left to the organisation's credit.
      ['CA 530000 - 10000/0', 'CA 411000 U0001 0/3000 A', 'CA 411000 O0001 0/7000'],
      // 15 € of that credit settle her own invoice: from one account to the other.
      ['OD 411000 O0001 1500/0', 'OD 411000 U0001 0/1500 A'],
    ]);
    const own = entries.flatMap((entry) => entry.lines).filter((line) => line.auxiliary === 'U0001');
    expect(own.map((line) => line.letter)).toEqual(['A', 'A', 'A', 'A']);
    const organisation = entries.flatMap((entry) => entry.lines).filter((line) => line.auxiliary === 'O0001');
    expect(organisation.reduce((sum, line) => sum + line.debitCents - line.creditCents, 0)).toBe(-500);
    expect(organisation.every((line) => line.letter === '')).toBe(true);
    expect(entries.find((entry) => entry.journal === 'OD')?.lines[0]?.auxiliaryLabel).toBe('Vignobles Roux SAS');
  });

  it('take a bounced cheque back out of the bank once deposited, out of the cheques to deposit before', () => {
    const space = billingSpace();
    const { dispatch, desk, clock } = space;
    clock.set('2026-12-02T10:00:00+01:00');
    const lou = addMember(dispatch, desk);
    invoice(space, lou, 4000);
    const cheque = { method: 'cheque', chequeBank: 'La Poste', chequeDrawer: 'Lou Garnier' };
    const deposited = expectOk(dispatch(desk, 'payments.add', { memberId: lou, amountCents: 2000, chequeNumber: '1', ...cheque })) as { id: number };
    const kept = expectOk(dispatch(desk, 'payments.add', { memberId: lou, amountCents: 2000, chequeNumber: '2', ...cheque })) as { id: number };
    expectOk(dispatch(desk, 'payments.deposit', { paymentIds: [deposited.id] }));
    clock.set('2026-12-09T10:00:00+01:00');
    expectOk(dispatch(desk, 'payments.reverse', { paymentId: deposited.id, reason: 'Chèque impayé' }));
    expectOk(dispatch(desk, 'payments.reverse', { paymentId: kept.id, reason: 'Chèque perdu' }));

    const entries = journalEntries(space.db, { from: '2026-12-01', to: '2026-12-31' });
    expect(entries.map((entry) => `${entry.number} ${entry.pieceRef}`)).toEqual(['VE000001 F2026-0001', 'BQ000001 P000001', 'BQ000002 P000002', 'BQ000003 R2026-001', 'BQ000004 P000003', 'BQ000005 P000004']);
    expect(entries.slice(3).map(read)).toEqual([
      ['BQ 512000 - 2000/0', 'BQ 511200 - 0/2000'],
      ['BQ 512000 - 0/2000', 'BQ 411000 U0001 2000/0'],
      ['BQ 511200 - 0/2000', 'BQ 411000 U0001 2000/0'],
    ]);
    expect(entries[3]?.lines[0]?.label).toBe('Remise de chèques R2026-001');
    // A slip is dated when the cheques went to the bank: not before one was received, not in the future.
    const late = expectOk(dispatch(desk, 'payments.add', { memberId: lou, amountCents: 500, chequeNumber: '3', ...cheque })) as { id: number };
    expect(dispatch(desk, 'payments.deposit', { paymentIds: [late.id], date: '2026-12-08' })).toMatchObject({ ok: false, error: { reason: 'errors.payments.deposit_before_cheque', fields: [{ field: 'date' }] } });
    expect(dispatch(desk, 'payments.deposit', { paymentIds: [late.id], date: '2026-12-10' })).toMatchObject({ ok: false, error: { reason: 'errors.payments.deposit_future' } });
    expect(dispatch(desk, 'payments.add', { memberId: lou, method: 'cash', amountCents: 500, date: '1926-12-09' })).toMatchObject({ ok: false, error: { reason: 'errors.payments.too_old', fields: [{ field: 'date' }] } });
    expect(entries[4]?.lines[0]?.label).toBe('Annulation règlement chèque Lou Garnier');
  });
});
