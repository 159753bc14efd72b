import type { Dispatch } from '../../main/api/dispatcher';
import { cliSession, type Session } from '../../main/api/session';
import { dispatcherWithAdmin, expectOk } from './db';
import { IDENTITY } from './identity';
import { addMember } from './members';

/** A movable clock: the desk's day is set by each step of a scenario. */
export function settableClock(start: string) {
  let now = new Date(start);
  return { now: () => new Date(now), set: (iso: string) => (now = new Date(iso)) };
}

/** A space with its identity filled in (invoices need it), a clock at 1 December 2026 and the CLI's admin session. */
export function billingSpace() {
  const clock = settableClock('2026-12-01T09:00:00+01:00');
  const space = dispatcherWithAdmin({ clock: clock.now });
  const desk = cliSession();
  expectOk(space.dispatch(desk, 'settings.updateIdentity', IDENTITY));
  return { ...space, clock, desk };
}

export interface Scenario {
  dispatch: Dispatch;
  desk: Session;
  clock: ReturnType<typeof settableClock>;
}

/** A visit from `from` to `to` (Paris times on `date`), recorded at the desk as it happened. */
export function visit({ dispatch, desk, clock }: Scenario, memberId: number, date: string, from: string, to: string): void {
  clock.set(`${date}T${from}:00+01:00`);
  expectOk(dispatch(desk, 'attendance.checkIn', { memberId }));
  clock.set(`${date}T${to}:00+01:00`);
  expectOk(dispatch(desk, 'attendance.checkOut', { memberId }));
}

/**
 * November 2026 at the space: Lou holds desk A1 all month, took her 2026 membership and made a 3 min 10 s
 * call to a mobile; Sam bought a carnet of ten half-days; Noa came for a whole day and a morning.
 */
export function november(space: Scenario) {
  const { dispatch, desk, clock } = space;
  clock.set('2026-11-02T09:00:00+01:00');
  const lou = addMember(dispatch, desk);
  const sam = addMember(dispatch, desk, { firstName: 'Sam', lastName: 'Perrin', email: 'sam@example.org', phone: '' });
  const noa = addMember(dispatch, desk, { firstName: 'Noa', lastName: 'Bernard', email: 'noa@example.org', phone: '' });
  expectOk(dispatch(desk, 'plans.add', { kind: 'permanent', memberId: lou, seatId: 1, startDate: '2026-11-01' }));
  expectOk(dispatch(desk, 'memberships.add', { memberId: lou, startDate: '2026-11-02' }));
  expectOk(dispatch(desk, 'calls.add', { direction: 'out', number: '06 12 34 56 78', startedAt: '2026-11-02T10:00:00+01:00', duration: '3:10', memberId: lou }));
  clock.set('2026-11-10T09:00:00+01:00');
  expectOk(dispatch(desk, 'plans.add', { kind: 'carnet', memberId: sam, unit: 'half_day', startDate: '2026-11-10' }));
  visit(space, noa, '2026-11-05', '09:00', '17:00');
  visit(space, noa, '2026-11-06', '09:00', '12:00');
  clock.set('2026-12-01T09:00:00+01:00');
  return { lou, sam, noa };
}

/** The association starts charging VAT at 20 %: its VAT number must then be on every invoice. */
export function chargeVat({ dispatch, desk }: Pick<Scenario, 'dispatch' | 'desk'>): void {
  const settings = expectOk(dispatch(desk, 'settings.get', {})) as { vat: Record<string, unknown> };
  expectOk(dispatch(desk, 'settings.updateIdentity', { ...IDENTITY, vatNumber: 'FR11123456782' }));
  expectOk(dispatch(desk, 'settings.updateVat', { ...settings.vat, regime: 'assujetti' }));
}
