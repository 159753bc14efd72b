import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { tariffPrice } from '../tariffs/tariffs';
import type { Coverage } from './schema';

export interface Entitlement {
  coverage: Coverage;
  planId: number | null;
  seatId: number | null;
}

interface CarnetRow {
  id: number;
  unit: 'half_day' | 'day';
  endDate: string;
  remaining: number;
}

/** Carnets that apply on `date`, the one expiring first first, with what is left of each. */
function carnetsOn(db: Db, memberId: number, date: string): CarnetRow[] {
  return db
    .prepare(
      `SELECT p.id, p.unit, p.end_date AS endDate,
              p.quantity - (SELECT coalesce(sum(u.units), 0) FROM half_day_uses u WHERE u.plan_id = p.id) AS remaining
         FROM plans p
        WHERE p.member_id = ? AND p.kind = 'carnet' AND p.start_date <= ?
        ORDER BY p.end_date, p.id`,
    )
    .all(memberId, date) as CarnetRow[];
}

/**
 * What covers a member's half-day on `date`: their permanent desk, their trainee seat, a carnet with
 * units left, or the drop-in price. A member whose carnets are all empty or expired is refused with
 * the reason and the drop-in price, unless staff already agreed to it (`asDropIn`).
 */
export function entitlementOn(db: Db, memberId: number, date: string, asDropIn: boolean): Entitlement {
  if (asDropIn) return { coverage: 'dropin', planId: null, seatId: null };
  const seatPlan = db
    .prepare(
      `SELECT id, kind, seat_id AS seatId FROM plans
        WHERE member_id = ? AND kind IN ('permanent', 'trainee') AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)
        ORDER BY kind = 'permanent' DESC, id LIMIT 1`,
    )
    .get(memberId, date, date) as { id: number; kind: 'permanent' | 'trainee'; seatId: number } | undefined;
  if (seatPlan) return { coverage: seatPlan.kind, planId: seatPlan.id, seatId: seatPlan.seatId };
  const carnets = carnetsOn(db, memberId, date);
  const usable = carnets.find((carnet) => carnet.endDate >= date && carnet.remaining > 0);
  if (usable) return { coverage: 'carnet', planId: usable.id, seatId: null };
  if (carnets.length === 0) return { coverage: 'dropin', planId: null, seatId: null };
  const priceCents = tariffPrice(db, 'half_day');
  const current = carnets.filter((carnet) => carnet.endDate >= date);
  if (current.length > 0) {
    throw new Refusal('errors.attendance.carnet_empty', { priceCents }, { details: { dropInPriceCents: priceCents, reason: 'empty' } });
  }
  const expired = carnets.at(-1)?.endDate ?? date;
  throw new Refusal('errors.attendance.carnet_expired', { date: expired, priceCents }, { details: { dropInPriceCents: priceCents, reason: 'expired' } });
}

/**
 * Records that a member used a half-day, once: a second check-in in the same half-day changes nothing.
 * A half-day carnet gives a unit per half-day; a day carnet one unit for the whole day.
 */
export function recordHalfDay(db: Db, memberId: number, date: string, half: 'am' | 'pm', attendanceId: number, entitlement: Entitlement): void {
  let units = 0;
  if (entitlement.coverage === 'carnet' && entitlement.planId !== null) {
    const unit = sql(db, 'SELECT unit FROM plans WHERE id = ?').pluck().get(entitlement.planId) as 'half_day' | 'day';
    const dayTaken = db
      .prepare('SELECT 1 FROM half_day_uses WHERE member_id = ? AND date = ? AND plan_id = ? AND units = 1')
      .get(memberId, date, entitlement.planId);
    units = unit === 'half_day' || !dayTaken ? 1 : 0;
  }
  sql(db, 
    `INSERT INTO half_day_uses (member_id, date, half, attendance_id, coverage, plan_id, units)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (member_id, date, half) DO NOTHING`,
  ).run(memberId, date, half, attendanceId, entitlement.coverage, entitlement.planId, units);
}
