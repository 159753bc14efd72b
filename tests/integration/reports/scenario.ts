import type { OutputOf } from '../../../main/api/contract';
import { expectOk } from '../../helpers/db';
import { billingSpace, chargeVat, visit } from '../../helpers/invoicing';
import { addMember } from '../../helpers/members';

type Summary = OutputOf<'invoices.list'>[number];

const person = (firstName: string, lastName: string) => ({ firstName, lastName, email: `${firstName.toLowerCase()}@example.org`, phone: '' });

/**
 * A small year at the space, every figure of which the tests compute by hand (seats: A1–A3, B1–B2
 * permanent, A4 and B3 drop-in, B4 trainee; open Monday to Friday, both halves, French holidays closed):
 *
 * - 15 Dec 2025: Sam comes for a morning (so he is not new in 2026).
 * - 2 Mar 2026: Ana is invoiced 2 × 2,50 € of printing (free line, F2026-0001, due 1 April, never paid,
 *   VAT not charged yet); she comes on 3 March.
 * - 20 May: Tom takes trainee seat B4 from 1 to 12 June (10 open days); he comes on 1 June, Ana on 2 June.
 * - November: Lou holds desk A1 from 1 November, takes her membership, calls a mobile 3 min 10 s; Noa
 *   books drop-in desk B3 for the 5th (day) and the 6th (morning) and comes both days (twice on the
 *   5th); Lou comes on the 5th, Ana on the 6th (a drop-in morning); Sam buys a carnet on the 10th and
 *   uses it on the 12th.
 * - 1 Dec 2026: the association now charges VAT (20 %); November is billed and issued: Lou 150 + 15 +
 *   0,60 € net, Sam 70 €, Noa 15 + 8 €, Ana 8 €; Lou's call is credited (A2026-0001); Noa pays all,
 *   Sam 30 €, Ana her November invoice.
 */
export function reportYear() {
  const space = billingSpace();
  const { dispatch, desk, clock } = space;
  const at = (iso: string) => clock.set(iso);

  at('2025-12-15T09:00:00+01:00');
  const sam = addMember(dispatch, desk, person('Sam', 'Perrin'));
  visit(space, sam, '2025-12-15', '09:00', '12:00');

  at('2026-03-02T09:00:00+01:00');
  const ana = addMember(dispatch, desk, person('Ana', 'Roche'));
  const printing = expectOk(dispatch(desk, 'invoices.createDraft', { memberId: ana })) as { id: number };
  expectOk(dispatch(desk, 'invoices.addLine', { invoiceId: printing.id, description: 'Impressions couleur', quantity: 2, unitPriceCents: 250 }));
  expectOk(dispatch(desk, 'invoices.issue', { invoiceIds: [printing.id] }));
  visit(space, ana, '2026-03-03', '09:00', '12:00');

  at('2026-05-20T09:00:00+02:00');
  const tom = addMember(dispatch, desk, person('Tom', 'Lefèvre'));
  expectOk(dispatch(desk, 'plans.add', { kind: 'trainee', memberId: tom, seatId: 8, startDate: '2026-06-01', endDate: '2026-06-12', trainingOrganisation: 'GRETA' }));
  visit(space, tom, '2026-06-01', '09:00', '17:00');
  visit(space, ana, '2026-06-02', '09:00', '11:00');

  at('2026-11-02T09:00:00+01:00');
  const lou = addMember(dispatch, desk, person('Lou', 'Garnier'));
  const noa = addMember(dispatch, desk, person('Noa', 'Bernard'));
  expectOk(dispatch(desk, 'plans.add', { kind: 'permanent', memberId: lou, seatId: 1, startDate: '2026-11-01' }));
  expectOk(dispatch(desk, 'memberships.add', { memberId: lou, startDate: '2026-11-02' }));
  expectOk(dispatch(desk, 'calls.add', { direction: 'out', number: '06 12 34 56 78', startedAt: '2026-11-02T10:00:00+01:00', duration: '3:10', memberId: lou }));
  expectOk(dispatch(desk, 'bookings.book', { seat: 'B3', date: '2026-11-05', slot: 'day', memberId: noa }));
  expectOk(dispatch(desk, 'bookings.book', { seat: 'B3', date: '2026-11-06', slot: 'am', memberId: noa }));
  visit(space, noa, '2026-11-05', '09:00', '12:00');
  visit(space, noa, '2026-11-05', '13:45', '17:00');
  visit(space, lou, '2026-11-05', '09:00', '18:00');
  visit(space, noa, '2026-11-06', '09:00', '12:00');
  visit(space, ana, '2026-11-06', '09:00', '11:30');
  at('2026-11-10T09:00:00+01:00');
  expectOk(dispatch(desk, 'plans.add', { kind: 'carnet', memberId: sam, unit: 'half_day', startDate: '2026-11-10' }));
  visit(space, sam, '2026-11-12', '09:00', '12:00');

  at('2026-12-01T09:00:00+01:00');
  chargeVat(space);
  const run = expectOk(dispatch(desk, 'invoices.run', { month: '2026-11', issue: true })) as OutputOf<'invoices.run'>;
  const of = (memberId: number) => run.issued.find((invoice) => invoice.memberId === memberId) as Summary;
  expectOk(dispatch(desk, 'invoices.credit', { invoiceId: of(lou).id, lines: [{ position: 3, quantity: 1 }], reason: 'Appel professionnel' }));
  expectOk(dispatch(desk, 'payments.add', { memberId: noa, method: 'cash', amountCents: of(noa).totalCents }));
  expectOk(dispatch(desk, 'payments.add', { memberId: sam, method: 'transfer', amountCents: 3000, reference: 'VIR 42' }));
  expectOk(dispatch(desk, 'payments.add', { memberId: ana, method: 'card', amountCents: of(ana).totalCents, allocations: [{ invoiceId: of(ana).id, amountCents: of(ana).totalCents }] }));
  return { ...space, run, members: { sam, ana, tom, lou, noa } };
}
