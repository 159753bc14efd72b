import type { Dispatch } from '../../../main/api/dispatcher';
import type { Session } from '../../../main/api/session';
import type { OutputOf } from '../../../main/api/contract';
import { NETWORK_DEFAULTS, NETWORK_SECTIONS } from '../../../main/domain/network/schema';
import { expectOk } from '../../helpers/db';
import { billingSpace, visit } from '../../helpers/invoicing';
import { addMember } from '../../helpers/members';

export type Built = OutputOf<'network.report'>;

/** Changes some of a member's fields through `members.update`, as the member page does. */
export function updateMember(dispatch: Dispatch, session: Session, memberId: number, changes: Record<string, unknown>): void {
  const { member } = expectOk(dispatch(session, 'members.get', { memberId })) as OutputOf<'members.get'>;
  const { id: _id, status: _status, joinedOn: _joined, leftOn: _left, anonymised: _anonymised, ...fields } = member;
  expectOk(dispatch(session, 'members.update', { ...fields, ...changes, memberId }));
}

/** Every section shared, with `changes` on top of the defaults. */
export function shareEverything(dispatch: Dispatch, session: Session, changes: Partial<typeof NETWORK_DEFAULTS> = {}): void {
  const sections = Object.fromEntries(NETWORK_SECTIONS.map((section) => [section, true]));
  expectOk(dispatch(session, 'settings.updateNetwork', { ...NETWORK_DEFAULTS, networkId: 'TL-NA-0007', sections, ...changes }));
}

export function networkReport(dispatch: Dispatch, session: Session, year: number, quarter?: number): Built {
  return expectOk(dispatch(session, 'network.report', quarter === undefined ? { year } : { year, quarter })) as Built;
}

const nobody = { commuteMode: 'bike', commuteConsent: false, kmToWorkplace: null, kmToSpace: null } as const;

/**
 * Fifteen people in 2026, every figure computed by hand:
 * - profiles: 7 independents, 5 remote employees, 3 students; the first independent also came on
 *   15 December 2025 (so 14 are new), and on 12 days of the first quarter (regular in Q1 only);
 * - everyone comes on Monday 2 March 2026, where one of them books drop-in desk B3 for the day;
 * - the five remote employees drive to work and said so, with distances (workplace, space) in km:
 *   (30, 5) also on 3 March, (20, 10), (12,5 ; 2,5), (40, 4), (8, 10) — the last one drives further
 *   to come here: 2 × (25 × 2 days + 10 + 10 + 36 − 2) = 208 km;
 * - two members declared a business creation in 2026, one in 2025; two events in 2026 (12 and 8
 *   participants), one in 2025; 2026's figures: 15 000 € of grants, 1,5 FTE, 3 volunteers.
 */
export function privacySpace() {
  const space = billingSpace();
  const { dispatch, desk, clock } = space;
  shareEverything(dispatch, desk);
  clock.set('2025-12-10T09:00:00+01:00');
  const person = (i: number, profile: string, commute: object = nobody) =>
    addMember(dispatch, desk, { firstName: `Prénom${i}`, lastName: `Nom${String.fromCharCode(65 + i)}`, email: `p${i}@example.org`, phone: '', profile, ...commute });
  const independents = [0, 1, 2, 3, 4, 5, 6].map((i) => person(i, 'independent'));
  const distances: [number, number][] = [[30, 5], [20, 10], [12.5, 2.5], [40, 4], [8, 10]];
  const drivers = distances.map(([work, here], i) => person(7 + i, 'remote_employee', { commuteMode: 'car', commuteConsent: true, kmToWorkplace: work, kmToSpace: here }));
  const students = [12, 13, 14].map((i) => person(i, 'student'));
  const [regular] = independents as [number];
  visit(space, regular, '2025-12-15', '09:00', '12:00');
  clock.set('2026-01-02T09:00:00+01:00');
  expectOk(dispatch(desk, 'bookings.book', { seat: 'B3', date: '2026-03-02', slot: 'day', memberId: students[0] }));
  // Eleven more days for the regular: 12 days in the quarter with the 2nd of March.
  for (const day of ['01-05', '01-06', '01-07', '01-08', '01-09', '01-12', '01-13', '02-02', '02-03', '02-04', '02-05']) visit(space, regular, `2026-${day}`, '09:00', '12:00');
  for (const member of [...independents, ...drivers, ...students]) visit(space, member, '2026-03-02', '09:00', '12:00');
  visit(space, drivers[0] as number, '2026-03-03', '09:00', '12:00');
  clock.set('2026-12-01T09:00:00+01:00');
  updateMember(dispatch, desk, independents[1] as number, { businessCreatedOn: '2026-04-01' });
  updateMember(dispatch, desk, independents[2] as number, { businessCreatedOn: '2026-09-15' });
  updateMember(dispatch, desk, independents[3] as number, { businessCreatedOn: '2025-11-30' });
  expectOk(dispatch(desk, 'events.add', { date: '2026-02-10', title: 'Atelier « Créer son site »', participants: 12 }));
  expectOk(dispatch(desk, 'events.add', { date: '2026-06-18', title: 'Portes ouvertes', participants: 8 }));
  expectOk(dispatch(desk, 'events.add', { date: '2025-06-18', title: 'Portes ouvertes', participants: 30 }));
  expectOk(dispatch(desk, 'network.setFigures', { year: 2026, grantsCents: 1_500_000, staffFte: 1.5, volunteers: 3 }));
  // Reports cover finished periods.
  clock.set('2027-01-05T09:00:00+01:00');
  return { ...space, members: { independents, drivers, students, regular } };
}
