import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../../main/api/contract';
import { expectOk } from '../../helpers/db';
import { billingSpace, chargeVat, visit } from '../../helpers/invoicing';
import { addMember } from '../../helpers/members';

type Drafts = OutputOf<'invoices.drafts'>;

// The desk PC runs on Paris time: weeks must not slip by an hour when summer time ends.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  process.env.TZ = zone;
});

function space() {
  const s = billingSpace();
  return { ...s, member: addMember(s.dispatch, s.desk) };
}

const lines = (dispatch: ReturnType<typeof space>['dispatch'], desk: ReturnType<typeof space>['desk'], month: string) =>
  (expectOk(dispatch(desk, 'invoices.drafts', { month })) as Drafts).flatMap((d) => d.lines.map((l) => [l.kind, l.quantity, l.unitPriceCents, l.description]));

describe('what a month bills', () => {
  it('bills a trainee plan of nineteen weeks across the end of summer time as nineteen weeks, each from a Monday', () => {
    const { dispatch, desk, clock, member, db } = space();
    clock.set('2026-10-19T09:00:00+02:00');
    expectOk(dispatch(desk, 'plans.add', { kind: 'trainee', memberId: member, seatId: 8, startDate: '2026-10-19', endDate: '2027-02-28', trainingOrganisation: 'GRETA' }));
    for (const [month, today] of [['2026-10', '2026-11-02'], ['2026-11', '2026-12-01'], ['2026-12', '2027-01-04'], ['2027-01', '2027-02-01'], ['2027-02', '2027-03-01']]) {
      clock.set(`${today}T09:00:00+01:00`);
      expectOk(dispatch(desk, 'invoices.run', { month }));
    }
    const weeks = db.prepare("SELECT substr(source, -10) FROM billed_sources WHERE source LIKE 'trainee:%' ORDER BY 1").pluck().all() as string[];
    expect(weeks).toHaveLength(19);
    expect(weeks.every((day) => new Date(`${day}T12:00:00Z`).getUTCDay() === 1)).toBe(true);
  });

  it('bills the rest of a day, not a second half-day, when the afternoon comes after the morning was billed', () => {
    const s = space();
    const { dispatch, desk, clock, member } = s;
    visit(s, member, '2026-12-02', '09:00', '12:00');
    clock.set('2026-12-03T09:00:00+01:00');
    expectOk(dispatch(desk, 'invoices.run', { month: '2026-12', issue: true }));
    visit(s, member, '2026-12-02', '14:00', '17:00'); // entered late, for the afternoon of the 2nd
    clock.set('2027-01-04T09:00:00+01:00');
    expectOk(dispatch(desk, 'invoices.run', { month: '2026-12' }));
    expect(lines(dispatch, desk, '2026-12')).toEqual([['dropin', 1, 700, expect.stringContaining('Complément à la journée')]]);
  });

  it('leaves today’s visits for when the day is over', () => {
    const s = space();
    visit(s, s.member, '2026-12-02', '09:00', '12:00');
    expectOk(s.dispatch(s.desk, 'invoices.run', { month: '2026-12' }));
    expect(lines(s.dispatch, s.desk, '2026-12')).toEqual([]);
  });

  it('bills calls recorded after the month was billed as a top-up', () => {
    const { dispatch, desk, clock, member } = space();
    clock.set('2026-11-30T10:00:00+01:00');
    expectOk(dispatch(desk, 'calls.add', { number: '06 12 34 56 78', startedAt: '2026-11-30T10:00:00+01:00', duration: '4:00', memberId: member }));
    clock.set('2026-12-01T09:00:00+01:00');
    expectOk(dispatch(desk, 'invoices.run', { month: '2026-11', issue: true }));
    expectOk(dispatch(desk, 'calls.add', { number: '06 12 34 56 79', startedAt: '2026-11-30T15:00:00+01:00', duration: '30:00', memberId: member }));
    expectOk(dispatch(desk, 'invoices.run', { month: '2026-11' }));
    expect(lines(dispatch, desk, '2026-11')).toEqual([['phone', 1, 450, expect.stringContaining('complément')]]);
  });

  it('billed as booked, a no-show pays, a walk-in pays, and a half-day booked twice is billed once', () => {
    const s = space();
    const { dispatch, desk, clock, member } = s;
    const settings = expectOk(dispatch(desk, 'settings.get', {})) as OutputOf<'settings.get'>;
    expectOk(dispatch(desk, 'settings.updateInvoicing', { ...settings.invoicing, dropIns: 'booked' }));
    clock.set('2026-11-02T08:00:00+01:00');
    expectOk(dispatch(desk, 'bookings.book', { seat: 'A4', date: '2026-11-03', slot: 'am', memberId: member, channel: 'phone' }));
    expectOk(dispatch(desk, 'bookings.book', { seat: 'B3', date: '2026-11-03', slot: 'am', memberId: member, channel: 'email' }));
    visit(s, member, '2026-11-04', '09:00', '17:00');
    clock.set('2026-12-01T09:00:00+01:00');
    expectOk(dispatch(desk, 'invoices.run', { month: '2026-11' }));
    expect(lines(dispatch, desk, '2026-11').map((l) => l.slice(0, 3))).toEqual([
      ['dropin', 1, 1500],
      ['dropin', 1, 800],
    ]);
  });
});

describe('credit notes', () => {
  it('take a line asked twice once, and the last one leaves nothing due, VAT cents included', () => {
    const { dispatch, desk, member } = space();
    chargeVat({ dispatch, desk });
    const draft = expectOk(dispatch(desk, 'invoices.createDraft', { memberId: member })) as { id: number };
    for (const description of ['Salle', 'Café']) expectOk(dispatch(desk, 'invoices.addLine', { invoiceId: draft.id, description, quantity: 1, unitPriceCents: 1502 }));
    expectOk(dispatch(desk, 'invoices.issue', { invoiceIds: [draft.id] }));
    const twice = dispatch(desk, 'invoices.credit', { invoiceId: draft.id, lines: [{ position: 1, quantity: 1 }, { position: 1, quantity: 1 }] });
    expect(twice.ok).toBe(false);
    const first = expectOk(dispatch(desk, 'invoices.credit', { invoiceId: draft.id, lines: [{ position: 1, quantity: 1 }] })) as OutputOf<'invoices.credit'>;
    const second = expectOk(dispatch(desk, 'invoices.credit', { invoiceId: draft.id, lines: [{ position: 2, quantity: 1 }] })) as OutputOf<'invoices.credit'>;
    expect([first.vatCents, second.vatCents]).toEqual([-300, -301]); // 6,01 € of VAT on the invoice
    const invoice = expectOk(dispatch(desk, 'invoices.get', { invoiceId: draft.id })) as OutputOf<'invoices.get'>;
    expect([invoice.summary.balanceCents, invoice.summary.status]).toEqual([0, 'cancelled']);
  });
});

describe('a bounced cheque', () => {
  it('whose surplus paid another invoice leaves the member owing the whole cheque', () => {
    const { dispatch, desk, member } = space();
    const issue = (cents: number) => {
      const draft = expectOk(dispatch(desk, 'invoices.createDraft', { memberId: member })) as { id: number };
      expectOk(dispatch(desk, 'invoices.addLine', { invoiceId: draft.id, description: 'Journée', quantity: 1, unitPriceCents: cents }));
      expectOk(dispatch(desk, 'invoices.issue', { invoiceIds: [draft.id] }));
    };
    issue(1500);
    const cheque = expectOk(dispatch(desk, 'payments.add', { memberId: member, method: 'cheque', amountCents: 3000, chequeBank: 'CIC', chequeNumber: '7', chequeDrawer: 'Lou Garnier' })) as { id: number };
    issue(1500);
    expectOk(dispatch(desk, 'payments.add', { memberId: member, method: 'credit', amountCents: 1500 }));
    expectOk(dispatch(desk, 'payments.reverse', { paymentId: cheque.id }));
    expect(expectOk(dispatch(desk, 'payments.account', { memberId: member }))).toEqual({ memberId: member, dueCents: 3000, creditCents: 0 });
  });
});
