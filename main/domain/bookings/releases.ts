import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { holderOf } from './holds';

interface HeldPlan {
  id: number;
  seatId: number;
  startDate: string;
  endDate: string | null;
}

/** A permanent or trainee plan that holds its desk on `date`. */
function planHolding(db: Db, planId: number, date: string): HeldPlan {
  const plan = sql(db, "SELECT id, seat_id AS seatId, start_date AS startDate, end_date AS endDate FROM plans WHERE id = ? AND kind <> 'carnet'").get(planId) as
    | HeldPlan
    | undefined;
  if (!plan) throw new Refusal('errors.bookings.no_desk_plan', {}, { code: 'not_found', field: 'planId' });
  if (plan.startDate > date || (plan.endDate !== null && plan.endDate < date)) {
    throw new Refusal('errors.bookings.plan_not_on_date', { date }, { field: 'date' });
  }
  return plan;
}

/** The holder is away that day (leave, sickness): the desk can be booked by someone else. */
export function releaseDesk(db: Db, input: { planId: number; date: string; reason: string }, at: string): void {
  planHolding(db, input.planId, input.date);
  sql(db, 'INSERT INTO desk_releases (plan_id, date, reason, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (plan_id, date) DO UPDATE SET reason = excluded.reason').run(
    input.planId,
    input.date,
    input.reason,
    at,
  );
}

/** The holder comes after all: refused while someone else booked the released desk that day. */
export function reclaimDesk(db: Db, input: { planId: number; date: string }): void {
  const plan = planHolding(db, input.planId, input.date);
  for (const half of ['am', 'pm'] as const) {
    const holder = holderOf(db, plan.seatId, input.date, half);
    if (holder?.bookingId) throw new Refusal('errors.bookings.release_in_use', { name: holder.name }, { code: 'conflict', field: 'date' });
  }
  sql(db, 'DELETE FROM desk_releases WHERE plan_id = ? AND date = ?').run(input.planId, input.date);
}

export function isReleased(db: Db, planId: number, date: string): boolean {
  return sql(db, 'SELECT 1 FROM desk_releases WHERE plan_id = ? AND date = ?').get(planId, date) !== undefined;
}
