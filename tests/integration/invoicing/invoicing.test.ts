import { describe, expect, it } from 'vitest';
import { expectOk, plain, signedIn } from '../../helpers/db';
import { billingSpace, chargeVat, november } from '../../helpers/invoicing';
import type { OutputOf } from '../../../main/api/contract';
import { addMember } from '../../helpers/members';

type Summary = OutputOf<'invoices.list'>[number];
type Drafts = OutputOf<'invoices.drafts'>;

function refusal(result: unknown): { code: string; message: string; field?: string } {
  const answer = result as { ok: boolean; error: { code: string; message: string; fields?: { field: string }[] } };
  expect(answer.ok).toBe(false);
  return { ...answer.error, message: plain(answer.error.message), field: answer.error.fields?.[0]?.field };
}

function billedNovember() {
  const space = billingSpace();
  const members = november(space);
  const run = expectOk(space.dispatch(space.desk, 'invoices.run', { month: '2026-11' })) as OutputOf<'invoices.run'>;
  return { ...space, ...members, run };
}

describe('the billing run of a month', () => {
  it('drafts every item of the month per member, priced from plans, tariffs and the phone policy', () => {
    const { dispatch, desk, lou, sam, noa } = billedNovember();
    const drafts = expectOk(dispatch(desk, 'invoices.drafts', { month: '2026-11' })) as Drafts;
    const linesOf = (memberId: number) => drafts.find((d) => d.memberId === memberId)?.lines.map((l) => [l.kind, l.quantity, l.unitPriceCents]);
    expect(linesOf(lou)).toEqual([
      ['permanent', 1, 15000],
      ['membership', 1, 1500],
      ['phone', 1, 60], // 3 min 10 s to a mobile: 4 started minutes at 0,15 €
    ]);
    expect(linesOf(sam)).toEqual([['carnet', 1, 7000]]);
    expect(linesOf(noa)).toEqual([
      ['dropin', 1, 1500], // the 5th, morning and afternoon: a day
      ['dropin', 1, 800], // the 6th, a morning
    ]);
    expect(drafts.every((d) => d.status === 'draft' && d.number === null)).toBe(true);
  });

  it('never bills the same thing twice: a second run adds nothing, a removed line comes back', () => {
    const { dispatch, desk, db, noa } = billedNovember();
    const again = expectOk(dispatch(desk, 'invoices.run', { month: '2026-11' })) as OutputOf<'invoices.run'>;
    expect(again.drafts).toHaveLength(3);
    expect(db.prepare('SELECT count(*) FROM invoice_lines').pluck().get()).toBe(6);
    const noaDraft = (again.drafts.find((d) => d.memberId === noa) as Summary).id;
    expectOk(dispatch(desk, 'invoices.removeLine', { invoiceId: noaDraft, position: 2 }));
    expect(db.prepare("SELECT count(*) FROM billed_sources WHERE source LIKE 'dropin:%'").pluck().get()).toBe(2);
    expectOk(dispatch(desk, 'invoices.run', { month: '2026-11' }));
    expect(db.prepare('SELECT count(*) FROM invoice_lines').pluck().get()).toBe(6);
    expect(db.prepare("SELECT count(*) FROM billed_sources WHERE source LIKE 'dropin:%'").pluck().get()).toBe(3);
  });

  it('issues in one series without gaps, freezes the content and refuses a 0 € invoice', () => {
    const { dispatch, desk, db, run, lou } = billedNovember();
    const issued = expectOk(dispatch(desk, 'invoices.issue', { invoiceIds: run.drafts.map((d) => d.id) })) as Summary[];
    expect(issued.map((i) => i.number)).toEqual(['F2026-0001', 'F2026-0002', 'F2026-0003']);
    expect(issued.map((i) => [i.date, i.dueDate, i.status])).toEqual(Array(3).fill(['2026-12-01', '2026-12-31', 'unpaid']));
    expect(issued.find((i) => i.memberId === lou)?.totalCents).toBe(16560);
    expect(() => db.prepare('UPDATE invoice_lines SET description = ? WHERE position = 1').run('autre')).toThrow(/never changed/);
    expect(() => db.prepare('UPDATE invoices SET gross_cents = 1').run()).toThrow(/never changed/);
    expect(() => db.prepare('DELETE FROM invoices').run()).toThrow(/never deleted/);
    expect(refusal(dispatch(desk, 'invoices.removeLine', { invoiceId: issued[0]?.id, position: 1 })).message).toContain('F2026-0001 est émise');
    const empty = expectOk(dispatch(desk, 'invoices.createDraft', { memberId: lou })) as Summary;
    expect(refusal(dispatch(desk, 'invoices.issue', { invoiceIds: [empty.id] })).message).toContain('Aucune facture à 0 €');
    expect(db.prepare('SELECT count(*) FROM invoices WHERE number IS NOT NULL').pluck().get()).toBe(3);
  });

  it('prices VAT at issue under the regime of the day, with totals per rate', () => {
    const { dispatch, desk, run, sam } = billedNovember();
    chargeVat({ dispatch, desk });
    const samDraft = run.drafts.find((d) => d.memberId === sam) as Summary;
    const [issued] = expectOk(dispatch(desk, 'invoices.issue', { invoiceIds: [samDraft.id] })) as Summary[];
    expect([issued?.netCents, issued?.vatCents, issued?.totalCents]).toEqual([7000, 1400, 8400]);
    const detail = expectOk(dispatch(desk, 'invoices.get', { invoiceId: samDraft.id })) as OutputOf<'invoices.get'>;
    expect(detail.document?.byRate).toEqual([{ vatBp: 2000, netCents: 7000, vatCents: 1400 }]);
    expect(detail.document?.vat.exemptionWording).toBe('');
    expect(detail.link?.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('credit notes and payments', () => {
  function issuedNovember() {
    const space = billedNovember();
    const issued = expectOk(space.dispatch(space.desk, 'invoices.issue', { invoiceIds: space.run.drafts.map((d) => d.id) })) as Summary[];
    const of = (memberId: number) => issued.find((i) => i.memberId === memberId) as Summary;
    return { ...space, of };
  }

  it('a partial credit note cites the invoice, carries negative amounts and lowers its balance', () => {
    const { dispatch, desk, of, lou } = issuedNovember();
    const credit = expectOk(dispatch(desk, 'invoices.credit', { invoiceId: of(lou).id, lines: [{ position: 3, quantity: 1 }], reason: 'Appel professionnel' })) as Summary;
    expect([credit.number, credit.kind, credit.totalCents, credit.correctsNumber]).toEqual(['A2026-0001', 'credit-note', -60, 'F2026-0001']);
    const invoice = expectOk(dispatch(desk, 'invoices.get', { invoiceId: of(lou).id })) as OutputOf<'invoices.get'>;
    expect([invoice.summary.creditedCents, invoice.summary.balanceCents]).toEqual([60, 16500]);
    expect(refusal(dispatch(desk, 'invoices.credit', { invoiceId: of(lou).id, lines: [{ position: 3, quantity: 1 }] })).message).toContain('ne peut plus être créditée que de 0');
    const rest = expectOk(dispatch(desk, 'invoices.credit', { invoiceId: of(lou).id })) as Summary;
    expect(rest.totalCents).toBe(-16500);
    expect((expectOk(dispatch(desk, 'invoices.get', { invoiceId: of(lou).id })) as OutputOf<'invoices.get'>).summary.status).toBe('cancelled');
  });

  it('takes partial, grouped and over-payments; the rest is the member’s credit, spent later', () => {
    const { dispatch, desk, of, noa, lou } = issuedNovember();
    const cash = expectOk(dispatch(desk, 'payments.add', { memberId: noa, method: 'cash', amountCents: 3000 })) as OutputOf<'payments.add'>;
    expect(cash.allocations).toEqual([{ invoiceId: of(noa).id, number: of(noa).number, amountCents: 2300 }]);
    expect(cash.unallocatedCents).toBe(700);
    expect(expectOk(dispatch(desk, 'payments.account', { memberId: noa }))).toEqual({ memberId: noa, dueCents: 0, creditCents: 700 });
    const partial = expectOk(dispatch(desk, 'payments.add', { memberId: lou, method: 'transfer', amountCents: 10000, reference: 'VIR 123' })) as OutputOf<'payments.add'>;
    expect(partial.unallocatedCents).toBe(0);
    const louInvoice = expectOk(dispatch(desk, 'invoices.get', { invoiceId: of(lou).id })) as OutputOf<'invoices.get'>;
    expect([louInvoice.summary.status, louInvoice.summary.paidCents, louInvoice.summary.balanceCents]).toEqual(['partial', 10000, 6560]);
    expect(refusal(dispatch(desk, 'payments.add', { memberId: noa, method: 'credit', amountCents: 800 })).message).toContain('que 7,00');
  });

  it('a cheque needs its bank, number and drawer; a deposit slip lists the cheques with their total', () => {
    const { dispatch, desk, of, sam, lou } = issuedNovember();
    const missing = refusal(dispatch(desk, 'payments.add', { memberId: sam, method: 'cheque', amountCents: 7000, chequeBank: 'Crédit Agricole', chequeDrawer: 'Sam Perrin' }));
    expect(missing.code).toBe('invalid_input');
    expect(missing.message).toContain('numéro du chèque');
    const first = expectOk(dispatch(desk, 'payments.add', { memberId: sam, method: 'cheque', amountCents: 7000, chequeBank: 'Crédit Agricole', chequeNumber: '1234567', chequeDrawer: 'Sam Perrin' })) as OutputOf<'payments.add'>;
    const second = expectOk(dispatch(desk, 'payments.add', { memberId: lou, method: 'cheque', amountCents: 16560, chequeBank: 'La Banque Postale', chequeNumber: '0001', chequeDrawer: 'Lou Garnier', allocations: [{ invoiceId: of(lou).id, amountCents: 16560 }] })) as OutputOf<'payments.add'>;
    expect((expectOk(dispatch(desk, 'payments.chequesToDeposit', {})) as unknown[]).length).toBe(2);
    const slip = expectOk(dispatch(desk, 'payments.deposit', { paymentIds: [first.id, second.id], bank: 'Crédit Agricole Libourne' })) as OutputOf<'payments.deposit'>;
    expect([slip.number, slip.count, slip.totalCents]).toEqual(['R2026-001', 2, 23560]);
    expect(slip.cheques.map((c) => c.drawer)).toEqual(['Sam Perrin', 'Lou Garnier']);
    expect(expectOk(dispatch(desk, 'payments.chequesToDeposit', {}))).toEqual([]);
    expect(refusal(dispatch(desk, 'payments.deposit', { paymentIds: [first.id] })).message).toContain('pas en attente de remise');
  });

  it('a mistaken payment is reversed by a counter-entry, never deleted; the cash journal shows both', () => {
    const { dispatch, desk, db, of, noa } = issuedNovember();
    const paid = expectOk(dispatch(desk, 'payments.add', { memberId: noa, method: 'cash', amountCents: 2300 })) as OutputOf<'payments.add'>;
    expect(() => db.prepare('DELETE FROM payments WHERE id = ?').run(paid.id)).toThrow(/never deleted/);
    expect(() => db.prepare('UPDATE payments SET amount_cents = 1 WHERE id = ?').run(paid.id)).toThrow(/never changed/);
    const reversal = expectOk(dispatch(desk, 'payments.reverse', { paymentId: paid.id })) as OutputOf<'payments.reverse'>;
    expect([reversal.amountCents, reversal.reversesId]).toEqual([-2300, paid.id]);
    expect((expectOk(dispatch(desk, 'invoices.get', { invoiceId: of(noa).id })) as OutputOf<'invoices.get'>).summary.balanceCents).toBe(2300);
    expect(refusal(dispatch(desk, 'payments.reverse', { paymentId: paid.id })).message).toContain('déjà annulé');
    const journal = expectOk(dispatch(desk, 'payments.cashJournal', { from: '2026-12-01', to: '2026-12-31' })) as OutputOf<'payments.cashJournal'>;
    expect(journal.rows.map((r) => [r.inCents, r.outCents, r.balanceCents])).toEqual([[2300, 0, 2300], [0, 2300, 0]]);
    expect(journal.closingCents).toBe(0);
  });

  it('lists overdue invoices by age and prepares a reminder', () => {
    const { dispatch, desk, clock, of, noa } = issuedNovember();
    clock.set('2027-02-15T10:00:00+01:00');
    const overdue = expectOk(dispatch(desk, 'invoices.overdue', {})) as OutputOf<'invoices.overdue'>;
    expect(overdue.map((o) => [o.number, o.daysLate, o.age])).toEqual([['F2026-0001', 46, '31-60'], ['F2026-0002', 46, '31-60'], ['F2026-0003', 46, '31-60']]);
    const reminder = expectOk(dispatch(desk, 'invoices.reminder', { invoiceId: of(noa).id })) as OutputOf<'invoices.reminder'>;
    expect(plain(reminder.body)).toContain(`la facture n° ${of(noa).number} du 01/12/2026, arrivée à échéance le 31/12/2026, reste à régler pour 23,00 €`);
    expect(reminder.mailto).toMatch(/^mailto:noa%40example\.org\?subject=Rappel/);
  });

  it('a welcome volunteer takes payments but only the treasury issues credit notes', () => {
    const { dispatch, desk, admin, of, noa } = issuedNovember();
    const welcome = signedIn(dispatch, admin, 'welcome');
    expect(refusal(dispatch(welcome, 'invoices.credit', { invoiceId: of(noa).id })).code).toBe('forbidden');
    expectOk(dispatch(welcome, 'payments.add', { memberId: noa, method: 'card', amountCents: 2300 }));
    expect((expectOk(dispatch(desk, 'invoices.list', {})) as Summary[]).find((i) => i.memberId === noa)?.status).toBe('paid');
  });

  it('a member billed through their organisation gets the organisation as buyer, with its SIREN', () => {
    const space = billingSpace();
    const { dispatch, desk } = space;
    const worker = addMember(dispatch, desk, { firstName: 'Inès', lastName: 'Roux', organisationName: 'Vignobles Roux SAS', organisationSiren: '732 829 320', organisationAddress: '1 route de Saint-Émilion, 33500 Pomerol' });
    expectOk(dispatch(desk, 'plans.add', { kind: 'carnet', memberId: worker, unit: 'day', startDate: '2026-12-01' }));
    const run = expectOk(dispatch(desk, 'invoices.run', { month: '2026-12', issue: true })) as OutputOf<'invoices.run'>;
    expect(run.issued.map((i) => [i.number, i.buyerName])).toEqual([['F2026-0001', 'Vignobles Roux SAS']]);
    const detail = expectOk(dispatch(desk, 'invoices.get', { invoiceId: run.issued[0]?.id })) as OutputOf<'invoices.get'>;
    expect(detail.document?.buyer).toMatchObject({ siren: '732829320', business: true });
  });

  it('a member’s data export lists their invoices and payments; anonymising waits for their drafts and keeps issued documents as printed', () => {
    const { dispatch, desk, db, of, noa } = issuedNovember();
    expectOk(dispatch(desk, 'payments.add', { memberId: noa, method: 'cash', amountCents: 2300 }));
    const draft = expectOk(dispatch(desk, 'invoices.createDraft', { memberId: noa })) as Summary;
    const exported = expectOk(dispatch(desk, 'members.export', { memberId: noa })) as { data: { invoices: Summary[]; payments: unknown[] }; html: string };
    expect(exported.data.invoices.map((i) => i.number)).toEqual([null, of(noa).number]);
    expect(exported.data.payments).toHaveLength(1);
    expect(plain(exported.html)).toContain(`${of(noa).number as string}`);
    expectOk(dispatch(desk, 'members.setStatus', { memberId: noa, status: 'left', on: '2026-12-01' }));
    expect(refusal(dispatch(desk, 'members.anonymise', { memberId: noa })).message).toContain('brouillons de facture');
    expectOk(dispatch(desk, 'invoices.deleteDraft', { invoiceId: draft.id }));
    expectOk(dispatch(desk, 'members.anonymise', { memberId: noa }));
    const credit = expectOk(dispatch(desk, 'invoices.credit', { invoiceId: of(noa).id })) as Summary;
    expect(credit.buyerName).toBe('Noa Bernard');
    expect(db.prepare("SELECT json_extract(buyer, '$.name') FROM invoices WHERE id = ?").pluck().get(of(noa).id)).toBe('Noa Bernard');
    expect((expectOk(dispatch(desk, 'ledger.verify', {})) as OutputOf<'ledger.verify'>).intact).toBe(true);
  });
});
