import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { attendBookings } from '../bookings/bookings';
import { isReleased } from '../bookings/releases';
import { dayStatus } from '../calendar/day';
import { seatInServiceOn } from '../space/layout';
import { Refusal } from '../common/refusal';
import { clockTime, isoDate, isoDateTime } from '../common/time';
import { requireActiveMember } from '../members/members';
import { charterSignedSql } from '../charter/versions';
import { readSection } from '../settings/store';
import { entitlementOn, recordHalfDay } from './coverage';
import { halfOf, halvesUsed } from './halves';
import type { Visit } from './schema';

interface VisitRow extends Omit<Visit, 'halves' | 'charterSigned' | 'coverage'> {
  halves: string | null;
  charterSigned: number;
  coverage: Visit['coverage'];
}

const SELECT = `
  SELECT a.id, a.member_id AS memberId, m.first_name AS firstName, m.last_name AS lastName, a.date,
         a.arrived_at AS arrivedAt, a.left_at AS leftAt, s.code AS seatCode,
         (SELECT u.coverage FROM half_day_uses u WHERE u.attendance_id = a.id ORDER BY u.half LIMIT 1) AS coverage,
         (SELECT group_concat(u.half) FROM half_day_uses u WHERE u.attendance_id = a.id) AS halves,
         ${charterSignedSql('a.member_id')} AS charterSigned
    FROM attendances a JOIN members m ON m.id = a.member_id LEFT JOIN seats s ON s.id = a.seat_id`;

function toVisit(row: VisitRow): Visit {
  const halves = (row.halves?.split(',').sort() ?? []) as Visit['halves'];
  return { ...row, halves, charterSigned: row.charterSigned === 1 };
}

/** The visit a member has not ended yet, if they are in. */
export function openVisitOf(db: Db, memberId: number): VisitRow | undefined {
  return sql(db, `${SELECT} WHERE a.member_id = ? AND a.left_at IS NULL`).get(memberId) as VisitRow | undefined;
}

function seatByCode(db: Db, code: string, date: string): number {
  const seat = seatInServiceOn(db, code, date);
  if (!seat) throw new Refusal('errors.attendance.no_such_seat', { code }, { field: 'seatCode' });
  return seat.id;
}

/**
 * A member arrives: the day must be open, they must not be in already, and their half-day is
 * covered by their plan, a carnet (debited once) or the drop-in price. Their bookings of the day
 * become attended, and they sit at the booked seat unless told otherwise.
 */
export function checkIn(db: Db, input: { memberId: number; at: Date; seatCode?: string; asDropIn: boolean }): Visit {
  const member = requireActiveMember(db, input.memberId);
  const date = isoDate(input.at);
  const already = openVisitOf(db, member.id);
  if (already) {
    throw new Refusal('errors.attendance.already_in', { name: member.firstName, since: clockTime(new Date(already.arrivedAt)) }, { code: 'conflict' });
  }
  const day = dayStatus(db, date);
  if (!day.open) throw new Refusal('errors.attendance.closed', { reason: day.label ?? '' }, { field: 'at' });
  const entitlement = entitlementOn(db, member.id, date, input.asDropIn);
  const bookedSeat = attendBookings(db, member.id, date, isoDateTime(input.at));
  // A holder who released their desk that day sits where they booked, or nowhere in particular.
  const ownSeat = entitlement.planId !== null && !isReleased(db, entitlement.planId, date) ? entitlement.seatId : null;
  const seatId = input.seatCode ? seatByCode(db, input.seatCode, date) : (bookedSeat ?? ownSeat);
  const { lastInsertRowid } = db
    .prepare('INSERT INTO attendances (member_id, date, arrived_at, seat_id) VALUES (?, ?, ?, ?)')
    .run(member.id, date, isoDateTime(input.at), seatId);
  const attendanceId = Number(lastInsertRowid);
  recordHalfDay(db, member.id, date, halfOf(input.at, readSection(db, 'opening')), attendanceId, entitlement);
  return visit(db, attendanceId);
}

/**
 * A member leaves: every half-day their visit overlapped is counted once. A half-day their carnet can
 * no longer cover (it ran out meanwhile) is counted at the drop-in price rather than refusing the exit.
 */
export function checkOut(db: Db, input: { memberId: number; at: Date }): Visit {
  const member = requireActiveMember(db, input.memberId);
  const open = openVisitOf(db, member.id);
  if (!open) throw new Refusal('errors.attendance.not_in', { name: member.firstName }, { code: 'conflict' });
  const arrived = new Date(open.arrivedAt);
  if (input.at < arrived) throw new Refusal('errors.attendance.leaves_before_arrival', { since: clockTime(arrived) }, { field: 'at' });
  sql(db, 'UPDATE attendances SET left_at = ? WHERE id = ?').run(isoDateTime(input.at), open.id);
  const opening = readSection(db, 'opening');
  const departure = isoDate(input.at) === open.date ? input.at : arrived;
  for (const half of halvesUsed(arrived, departure, opening)) {
    let entitlement;
    try {
      entitlement = entitlementOn(db, member.id, open.date, open.coverage === 'dropin');
    } catch {
      entitlement = { coverage: 'dropin' as const, planId: null, seatId: null };
    }
    recordHalfDay(db, member.id, open.date, half, open.id, entitlement);
  }
  return visit(db, open.id);
}

export function visit(db: Db, attendanceId: number): Visit {
  return toVisit(sql(db, `${SELECT} WHERE a.id = ?`).get(attendanceId) as VisitRow);
}

/** Who came on `date`: still in first, then by arrival. */
export function presentOn(db: Db, date: string): Visit[] {
  const rows = sql(db, `${SELECT} WHERE a.date = ? ORDER BY a.left_at IS NOT NULL, a.arrived_at`).all(date) as VisitRow[];
  return rows.map(toVisit);
}

export function visitsOf(db: Db, memberId: number, limit: number): Visit[] {
  const rows = sql(db, `${SELECT} WHERE a.member_id = ? ORDER BY a.arrived_at DESC LIMIT ?`).all(memberId, limit) as VisitRow[];
  return rows.map(toVisit);
}
