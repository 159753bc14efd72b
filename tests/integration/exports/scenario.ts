import type { Dispatch } from '../../../main/api/dispatcher';
import type { Session } from '../../../main/api/session';
import { expectOk } from '../../helpers/db';
import { billingSpace, visit } from '../../helpers/invoicing';
import { addMember } from '../../helpers/members';

/** An export read back through the contract: its file name, its text and its line count. */
export function csvOf(dispatch: Dispatch, session: Session, what: string, from: string, to: string) {
  const file = expectOk(dispatch(session, 'exports.csv', { what, from, to })) as { fileName: string; base64: string; rows: number };
  const bytes = Buffer.from(file.base64, 'base64');
  return { ...file, bytes, text: bytes.toString('utf8') };
}

/** The lines of a CSV without its BOM, split on CRLF (the last, empty one dropped). */
export function linesOf(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split('\r\n').slice(0, -1);
}

/**
 * November and December 2026 at the space, the whole life of a few records:
 *
 * - Hélène Frère (member 1) holds desk A1 from 1 November with her 2026 membership: F2026-0001,
 *   165,60 € (desk 150,00, fee 15,00, a 3 min 10 s call to a mobile, 4 minutes at 0,15 €). She pays
 *   100,00 € by cheque n° 0012345 on 3 December, deposited on 6 December (R2026-001). On 2 December
 *   she calls a mobile (3 min 10 s) then London (61 s), after her plan got 5 free minutes a month;
 *   she books the lounge on 9 December 14:00–16:00.
 * - Sam Perrin (member 2) is billed through his organisation « Atelier "Bois; Métal" » (SIREN
 *   732829320): his carnet of ten half-days, F2026-0002, 70,00 €. He pays 80,00 € by card on 4
 *   December (70,00 to the invoice, 10,00 kept as credit); the payment is cancelled on 5 December,
 *   and the invoice credited in full the same day (A2026-0001, « Carnet annulé »). He books A4 on
 *   7 December (morning) and 10 December (afternoon, cancelled).
 * - Noa Bernard (member 3) came on 5 November (day) and 6 November (morning): F2026-0003, 23,00 €,
 *   paid in cash on 5 December; Noa leaves that day and is anonymised.
 * - Zoé Martin, not a member, books B3 for 8 December by e-mail; a call from 05 57 51 00 00 comes in
 *   on 2 December and is nobody's.
 */
export function decemberSpace() {
  const space = billingSpace();
  const { dispatch, desk, clock } = space;
  clock.set('2026-11-02T09:00:00+01:00');
  const helene = addMember(dispatch, desk, { firstName: 'Hélène', lastName: 'Frère', email: 'helene@example.org', phone: '' });
  const sam = addMember(dispatch, desk, {
    firstName: 'Sam',
    lastName: 'Perrin',
    email: 'sam@example.org',
    phone: '',
    organisationName: 'Atelier "Bois; Métal"',
    organisationSiren: '732829320',
    organisationAddress: '1 rue du Port, 33500 Libourne',
  });
  const noa = addMember(dispatch, desk, { firstName: 'Noa', lastName: 'Bernard', email: 'noa@example.org', phone: '' });
  expectOk(dispatch(desk, 'plans.add', { kind: 'permanent', memberId: helene, seatId: 1, startDate: '2026-11-01' }));
  expectOk(dispatch(desk, 'memberships.add', { memberId: helene, startDate: '2026-11-02' }));
  expectOk(dispatch(desk, 'calls.add', { direction: 'out', number: '06 12 34 56 78', startedAt: '2026-11-02T10:00:00+01:00', duration: '3:10', memberId: helene }));
  clock.set('2026-11-10T09:00:00+01:00');
  expectOk(dispatch(desk, 'plans.add', { kind: 'carnet', memberId: sam, unit: 'half_day', startDate: '2026-11-10' }));
  visit(space, noa, '2026-11-05', '09:00', '17:00');
  visit(space, noa, '2026-11-06', '09:00', '12:00');

  clock.set('2026-12-01T09:00:00+01:00');
  expectOk(dispatch(desk, 'invoices.run', { month: '2026-11', issue: true }));
  const phone = (expectOk(dispatch(desk, 'settings.get', {})) as { phone: { rules: unknown; allowanceMinutes: Record<string, number> } }).phone;
  expectOk(dispatch(desk, 'settings.updatePhone', { ...phone, allowanceMinutes: { ...phone.allowanceMinutes, permanent: 5 } }));

  clock.set('2026-12-02T12:00:00+01:00');
  expectOk(dispatch(desk, 'calls.add', { direction: 'out', number: '06 12 34 56 78', startedAt: '2026-12-02T08:30:00+01:00', duration: '3:10', memberId: helene }));
  expectOk(dispatch(desk, 'calls.add', { direction: 'out', number: '+44 20 7946 0958', startedAt: '2026-12-02T09:05:00+01:00', duration: '1:01', memberId: helene }));
  expectOk(dispatch(desk, 'calls.add', { direction: 'in', number: '05 57 51 00 00', startedAt: '2026-12-02T11:00:00+01:00', duration: '2:00' }));

  clock.set('2026-12-03T10:00:00+01:00');
  const cheque = expectOk(
    dispatch(desk, 'payments.add', { memberId: helene, method: 'cheque', amountCents: 10000, chequeBank: 'Crédit Agricole', chequeNumber: '0012345', chequeDrawer: 'Hélène Frère' }),
  ) as { id: number };
  clock.set('2026-12-04T10:00:00+01:00');
  const card = expectOk(dispatch(desk, 'payments.add', { memberId: sam, method: 'card', amountCents: 8000, reference: 'TPE 4521' })) as { id: number };
  clock.set('2026-12-05T10:00:00+01:00');
  expectOk(dispatch(desk, 'payments.reverse', { paymentId: card.id }));
  expectOk(dispatch(desk, 'invoices.credit', { invoiceId: 2, reason: 'Carnet annulé' }));
  expectOk(dispatch(desk, 'payments.add', { memberId: noa, method: 'cash', amountCents: 2300 }));
  expectOk(dispatch(desk, 'bookings.book', { seat: 'A4', date: '2026-12-07', slot: 'am', memberId: sam, channel: 'phone' }));
  expectOk(dispatch(desk, 'bookings.book', { seat: 'B3', date: '2026-12-08', slot: 'day', visitorName: 'Zoé Martin', visitorContact: 'zoe@example.org', channel: 'email' }));
  expectOk(dispatch(desk, 'bookings.bookRoom', { seat: 'SALON', date: '2026-12-09', startTime: '14:00', endTime: '16:00', memberId: helene, channel: 'walk_in' }));
  const cancelled = expectOk(dispatch(desk, 'bookings.book', { seat: 'A4', date: '2026-12-10', slot: 'pm', memberId: sam, channel: 'phone' })) as { id: number };
  expectOk(dispatch(desk, 'bookings.cancel', { bookingId: cancelled.id }));
  expectOk(dispatch(desk, 'members.setStatus', { memberId: noa, status: 'left', on: '2026-12-05' }));
  expectOk(dispatch(desk, 'members.anonymise', { memberId: noa }));
  clock.set('2026-12-06T10:00:00+01:00');
  expectOk(dispatch(desk, 'payments.deposit', { paymentIds: [cheque.id], date: '2026-12-06', bank: 'Crédit Agricole' }));

  clock.set('2026-12-20T09:00:00+01:00');
  return { ...space, helene, sam, noa };
}
