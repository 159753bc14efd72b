import { addDays, addMonths, format, parseISO } from 'date-fns';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { PERSON } from '../bookings/holds';
import { requireActiveMember } from '../members/members';
import type { TariffCode } from '../tariffs/schema';
import type { AddPlanInput, Plan } from './schema';

interface PlanRow extends Omit<Plan, 'remaining' | 'state'> {
  used: number;
}

const SELECT = `
  SELECT p.id, p.member_id AS memberId, p.kind, p.tariff_code AS tariffCode, s.code AS seatCode, p.unit, p.quantity,
         p.start_date AS startDate, p.end_date AS endDate, p.price_cents AS priceCents,
         p.training_organisation AS trainingOrganisation,
         (SELECT coalesce(sum(u.units), 0) FROM half_day_uses u WHERE u.plan_id = p.id) AS used
    FROM plans p LEFT JOIN seats s ON s.id = p.seat_id`;

function toPlan(row: PlanRow, today: string): Plan {
  const { used, ...plan } = row;
  const remaining = plan.quantity === null ? null : plan.quantity - used;
  let state: Plan['state'] = 'active';
  if (plan.startDate > today) state = 'upcoming';
  else if (plan.endDate !== null && plan.endDate < today) state = 'ended';
  else if (remaining !== null && remaining <= 0) state = 'used_up';
  return { ...plan, remaining, state };
}

export function plansOf(db: Db, memberId: number, today: string): Plan[] {
  const rows = sql(db, `${SELECT} WHERE p.member_id = ? ORDER BY p.start_date DESC, p.id DESC`).all(memberId) as PlanRow[];
  return rows.map((row) => toPlan(row, today));
}

export function getPlan(db: Db, id: number, today: string): Plan {
  const row = sql(db, `${SELECT} WHERE p.id = ?`).get(id) as PlanRow | undefined;
  if (!row) throw new Refusal('errors.plans.not_found', {}, { code: 'not_found', field: 'planId' });
  return toPlan(row, today);
}

interface Tariff {
  priceCents: number;
  quantity: number | null;
  validityMonths: number | null;
}

function tariff(db: Db, code: TariffCode): Tariff {
  return sql(db, 'SELECT price_cents AS priceCents, quantity, validity_months AS validityMonths FROM tariffs WHERE code = ?').get(code) as Tariff;
}

/** A desk for a permanent or trainee plan: of the right kind, in service, and free for those dates. */
function requireFreeSeat(db: Db, seatId: number, kind: 'permanent' | 'trainee', startDate: string, endDate: string | null): void {
  const seat = db
    .prepare('SELECT s.code, s.kind, s.retired_on AS seatRetired, r.retired_on AS roomRetired FROM seats s JOIN rooms r ON r.id = s.room_id WHERE s.id = ?')
    .get(seatId) as { code: string; kind: string; seatRetired: string | null; roomRetired: string | null } | undefined;
  if (!seat) throw new Refusal('errors.space.seat_not_found', {}, { code: 'not_found', field: 'seatId' });
  if (seat.kind !== kind) {
    throw new Refusal(kind === 'permanent' ? 'errors.plans.seat_not_permanent' : 'errors.plans.seat_not_trainee', { code: seat.code }, { field: 'seatId' });
  }
  const retired = [seat.seatRetired, seat.roomRetired].filter((date): date is string => date !== null).sort()[0];
  if (retired && retired <= (endDate ?? '9999-12-31')) throw new Refusal('errors.plans.seat_retired', { code: seat.code, date: retired }, { field: 'seatId' });
  const taken = db
    .prepare(
      `SELECT m.first_name || ' ' || m.last_name AS name, p.start_date AS startDate FROM plans p JOIN members m ON m.id = p.member_id
        WHERE p.seat_id = ? AND p.kind <> 'carnet' AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)
        ORDER BY p.start_date LIMIT 1`,
    )
    .get(seatId, endDate ?? '9999-12-31', startDate) as { name: string; startDate: string } | undefined;
  if (taken) throw new Refusal('errors.plans.seat_taken', { code: seat.code, name: taken.name }, { code: 'conflict', field: 'seatId' });
  const booked = sql(
    db,
    `SELECT ${PERSON} AS name, h.date FROM seat_holds h
       JOIN bookings b ON b.id = h.booking_id LEFT JOIN members m ON m.id = b.member_id
      WHERE h.seat_id = ? AND h.date BETWEEN ? AND ? ORDER BY h.date LIMIT 1`,
  ).get(seatId, startDate, endDate ?? '9999-12-31') as { name: string; date: string } | undefined;
  if (booked) throw new Refusal('errors.plans.seat_booked', { code: seat.code, ...booked }, { code: 'conflict', field: 'seatId' });
}

const plusMonths = (date: string, months: number) => format(addDays(addMonths(parseISO(date), months), -1), 'yyyy-MM-dd');

/** Sells a plan at today's tariff; the price is kept with the plan whatever the tariff becomes. */
export function addPlan(db: Db, input: AddPlanInput, today: string, at: string): Plan {
  requireActiveMember(db, input.memberId);
  let values: { tariff: TariffCode; seatId: number | null; unit: string | null; quantity: number | null; endDate: string | null; price: number; organisation: string };
  if (input.kind === 'permanent') {
    requireFreeSeat(db, input.seatId, 'permanent', input.startDate, input.endDate);
    const price = tariff(db, 'permanent_month').priceCents;
    values = { tariff: 'permanent_month', seatId: input.seatId, unit: null, quantity: null, endDate: input.endDate, price, organisation: '' };
  } else if (input.kind === 'trainee') {
    requireFreeSeat(db, input.seatId, 'trainee', input.startDate, input.endDate);
    const price = tariff(db, 'trainee_week').priceCents;
    values = { tariff: 'trainee_week', seatId: input.seatId, unit: null, quantity: null, endDate: input.endDate, price, organisation: input.trainingOrganisation };
  } else {
    const code: TariffCode = input.unit === 'day' ? 'carnet_days' : 'carnet_half_days';
    const { priceCents, quantity: usual, validityMonths } = tariff(db, code);
    const quantity = input.quantity ?? usual ?? 10;
    // A carnet of another size costs in proportion to the usual one.
    const price = Math.round((priceCents * quantity) / (usual ?? quantity));
    values = { tariff: code, seatId: null, unit: input.unit, quantity, endDate: plusMonths(input.startDate, validityMonths ?? 12), price, organisation: '' };
  }
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO plans (member_id, kind, tariff_code, seat_id, unit, quantity, start_date, end_date, price_cents, training_organisation, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(input.memberId, input.kind, values.tariff, values.seatId, values.unit, values.quantity, input.startDate, values.endDate, values.price, values.organisation, at);
  return getPlan(db, Number(lastInsertRowid), today);
}

/** Ends a permanent or trainee plan (the last day it covers); a carnet simply runs out or expires. */
export function endPlan(db: Db, planId: number, endDate: string, today: string): Plan {
  const plan = getPlan(db, planId, today);
  if (plan.kind === 'carnet') throw new Refusal('errors.plans.carnet_cannot_end', {}, { field: 'planId' });
  if (endDate < plan.startDate) throw new Refusal('errors.plans.end_before_start', { date: plan.startDate }, { field: 'endDate' });
  if (plan.endDate !== null && endDate > plan.endDate) throw new Refusal('errors.plans.end_later', { date: plan.endDate }, { field: 'endDate' });
  sql(db, 'UPDATE plans SET end_date = ? WHERE id = ?').run(endDate, planId);
  return getPlan(db, planId, today);
}
