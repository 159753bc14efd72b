import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { dayStatuses } from '../calendar/day';
import { readSection } from '../settings/store';
import type { Half } from './holds';

export interface Day {
  date: string;
  open: boolean;
  label: { fr: string; en: string } | null;
  halves: Half[];
}

export interface PeriodSeat {
  id: number;
  code: string;
  name: string;
  kind: 'permanent' | 'dropin' | 'trainee' | 'room';
  roomId: number;
  roomName: string;
  /** The first day the seat (or its room) is out of service, if any. */
  retiredOn: string | null;
}

export interface PlanHold {
  planId: number;
  seatId: number;
  memberId: number;
  name: string;
  startDate: string;
  endDate: string | null;
}

/** Everything a board or an occupancy figure needs about a range of dates, read in a few queries. */
export interface PeriodFacts {
  days: Day[];
  seats: PeriodSeat[];
  plans: PlanHold[];
  /** `planId date` of each day a holder released their desk. */
  releases: Set<string>;
}

export function daysBetween(db: Db, from: string, to: string): Day[] {
  const { morning, afternoon } = readSection(db, 'opening');
  return dayStatuses(db, from, to).map((status) => {
    const date = status.date;
    const overlaps = (slot: { start: string; end: string }) => status.hours.some((h) => h.start < slot.end && h.end > slot.start);
    const halves: Half[] = status.open ? [...(overlaps(morning) ? (['am'] as const) : []), ...(overlaps(afternoon) ? (['pm'] as const) : [])] : [];
    return { date, open: status.open, label: status.label, halves };
  });
}

export function periodFacts(db: Db, from: string, to: string): PeriodFacts {
  const seats = sql(
    db,
    `SELECT s.id, s.code, s.name, s.kind, r.id AS roomId, r.name AS roomName,
            CASE WHEN s.retired_on IS NULL THEN r.retired_on WHEN r.retired_on IS NULL THEN s.retired_on ELSE min(s.retired_on, r.retired_on) END AS retiredOn
       FROM seats s JOIN rooms r ON r.id = s.room_id
      WHERE (s.retired_on IS NULL OR s.retired_on > ?) AND (r.retired_on IS NULL OR r.retired_on > ?)
      ORDER BY r.sort, s.sort`,
  ).all(from, from) as PeriodSeat[];
  const plans = sql(
    db,
    `SELECT p.id AS planId, p.seat_id AS seatId, p.member_id AS memberId, m.first_name || ' ' || m.last_name AS name,
            p.start_date AS startDate, p.end_date AS endDate
       FROM plans p JOIN members m ON m.id = p.member_id
      WHERE p.seat_id IS NOT NULL AND p.kind <> 'carnet' AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)`,
  ).all(to, from) as PlanHold[];
  const releaseRows = sql(db, 'SELECT plan_id AS planId, date FROM desk_releases WHERE date BETWEEN ? AND ?').all(from, to) as { planId: number; date: string }[];
  return { days: daysBetween(db, from, to), seats, plans, releases: new Set(releaseRows.map((r) => `${r.planId} ${r.date}`)) };
}

export const inService = (seat: PeriodSeat, date: string) => seat.retiredOn === null || seat.retiredOn > date;
export const planCovers = (plan: PlanHold, date: string) => plan.startDate <= date && (plan.endDate === null || plan.endDate >= date);
