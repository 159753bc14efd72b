import { differenceInCalendarDays, endOfMonth, format, parseISO } from 'date-fns';
import { fr } from 'date-fns/locale';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { monthlyCalls } from '../calls/billing';
import { frenchDate } from '../common/french';
import { readSection } from '../settings/store';
import { tariffPrice } from '../tariffs/tariffs';
import type { LineKind } from './schema';

/** Something that happened and is to be billed once: `source` names it for ever (see billed_sources). */
export interface BillableItem {
  memberId: number;
  kind: LineKind;
  sources: string[];
  description: string;
  quantity: number;
  unitPriceCents: number;
  serviceFrom: string;
  serviceTo: string;
}

export interface MonthRange {
  month: string;
  first: string;
  last: string;
  /** « novembre 2026 ». */
  name: string;
}

export function monthRange(month: string): MonthRange {
  const start = parseISO(`${month}-01`);
  return { month, first: `${month}-01`, last: format(endOfMonth(start), 'yyyy-MM-dd'), name: format(start, 'MMMM yyyy', { locale: fr }) };
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

interface PlanRow {
  id: number;
  memberId: number;
  startDate: string;
  endDate: string | null;
  priceCents: number;
  seatName: string | null;
  label: string;
  unit: 'half_day' | 'day' | null;
  quantity: number | null;
}

const PLANS = `SELECT p.id, p.member_id AS memberId, p.start_date AS startDate, p.end_date AS endDate, p.price_cents AS priceCents,
                      s.name AS seatName, t.label, p.unit, p.quantity
                 FROM plans p JOIN tariffs t ON t.code = p.tariff_code LEFT JOIN seats s ON s.id = p.seat_id`;

/** A permanent desk by the month, pro rata of the days held when the plan starts or ends within it. */
function permanentDesks(db: Db, range: MonthRange): BillableItem[] {
  const rows = sql(db, `${PLANS} WHERE p.kind = 'permanent' AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)`).all(range.last, range.first) as PlanRow[];
  const daysInMonth = Number(range.last.slice(8));
  return rows.map((plan) => {
    const from = later(plan.startDate, range.first);
    const to = earlier(plan.endDate ?? range.last, range.last);
    const days = differenceInCalendarDays(parseISO(to), parseISO(from)) + 1;
    const partial = days < daysInMonth ? ` (du ${frenchDate(from)} au ${frenchDate(to)})` : '';
    return {
      memberId: plan.memberId,
      kind: 'permanent',
      sources: [`permanent:${plan.id}:${range.month}`],
      description: `${plan.label} — ${plan.seatName ?? ''}, ${range.name}${partial}`,
      quantity: 1,
      unitPriceCents: Math.round((plan.priceCents * days) / daysInMonth),
      serviceFrom: from,
      serviceTo: to,
    };
  });
}

/** The trainee seat by the week: each week of the plan is billed in the month it starts. */
function traineeWeeks(db: Db, range: MonthRange, unbilled: Unbilled): BillableItem[] {
  const rows = sql(db, `${PLANS} WHERE p.kind = 'trainee' AND p.start_date <= ? AND p.end_date >= ?`).all(range.last, range.first) as PlanRow[];
  return rows.flatMap((plan) => {
    const starts: string[] = [];
    for (let day = parseISO(plan.startDate); format(day, 'yyyy-MM-dd') <= range.last; day = new Date(day.getTime() + 7 * 86_400_000)) {
      const iso = format(day, 'yyyy-MM-dd');
      if (iso >= range.first && iso <= (plan.endDate as string) && unbilled(`trainee:${plan.id}:${iso}`)) starts.push(iso);
    }
    if (starts.length === 0) return [];
    const lastStart = starts.at(-1) as string;
    const to = earlier(plan.endDate as string, format(new Date(parseISO(lastStart).getTime() + 6 * 86_400_000), 'yyyy-MM-dd'));
    return [{
      memberId: plan.memberId,
      kind: 'trainee' as const,
      sources: starts.map((start) => `trainee:${plan.id}:${start}`),
      description: `${plan.label} — ${starts.length} semaine${starts.length > 1 ? 's' : ''} à partir du ${frenchDate(starts[0] as string)}`,
      quantity: starts.length,
      unitPriceCents: plan.priceCents,
      serviceFrom: starts[0] as string,
      serviceTo: to,
    }];
  });
}

/** Carnets are billed in the month they are sold, at the price they were sold. */
function carnets(db: Db, range: MonthRange): BillableItem[] {
  const rows = sql(db, `${PLANS} WHERE p.kind = 'carnet' AND p.start_date BETWEEN ? AND ?`).all(range.first, range.last) as PlanRow[];
  return rows.map((plan) => ({
    memberId: plan.memberId,
    kind: 'carnet',
    sources: [`carnet:${plan.id}`],
    description: `${plan.label}, valable du ${frenchDate(plan.startDate)} au ${frenchDate(plan.endDate as string)}`,
    quantity: 1,
    unitPriceCents: plan.priceCents,
    serviceFrom: plan.startDate,
    serviceTo: plan.startDate,
  }));
}

/** The association's yearly fee, billed in the month it is taken (unless paid at the desk there and then). */
function memberships(db: Db, range: MonthRange): BillableItem[] {
  const rows = sql(
    db,
    `SELECT m.id, m.member_id AS memberId, m.start_date AS startDate, m.end_date AS endDate, m.price_cents AS priceCents,
            (SELECT label FROM tariffs WHERE code = 'membership_year') AS label
       FROM memberships m WHERE substr(m.created_at, 1, 10) BETWEEN ? AND ? AND m.paid_on IS NULL AND m.price_cents > 0`,
  ).all(range.first, range.last) as { id: number; memberId: number; startDate: string; endDate: string; priceCents: number; label: string }[];
  return rows.map((row) => ({
    memberId: row.memberId,
    kind: 'membership',
    sources: [`membership:${row.id}`],
    description: `${row.label}, du ${frenchDate(row.startDate)} au ${frenchDate(row.endDate)}`,
    quantity: 1,
    unitPriceCents: row.priceCents,
    serviceFrom: row.startDate,
    serviceTo: row.endDate,
  }));
}

interface HalfDay {
  memberId: number;
  date: string;
  half: 'am' | 'pm';
}

/** Half-days of drop-in use: attended (visits no plan covered) or booked (a no-show pays), per settings. */
function dropInHalfDays(db: Db, range: MonthRange): HalfDay[] {
  if (readSection(db, 'invoicing').dropIns === 'attended') {
    return sql(db, `SELECT member_id AS memberId, date, half FROM half_day_uses WHERE coverage = 'dropin' AND date BETWEEN ? AND ? ORDER BY member_id, date, half`).all(range.first, range.last) as HalfDay[];
  }
  return sql(
    db,
    `SELECT b.member_id AS memberId, b.date, h.half
       FROM bookings b JOIN seat_holds_halves h ON b.slot IN (h.half, 'day')
      WHERE b.member_id IS NOT NULL AND b.slot IS NOT NULL AND b.status IN ('booked', 'attended', 'no_show') AND b.date BETWEEN ? AND ?
        AND NOT EXISTS (SELECT 1 FROM half_day_uses u WHERE u.member_id = b.member_id AND u.date = b.date AND u.half = h.half AND u.coverage <> 'dropin')
      ORDER BY b.member_id, b.date, h.half`.replace('seat_holds_halves h', "(SELECT 'am' AS half UNION ALL SELECT 'pm') h"),
  ).all(range.first, range.last) as HalfDay[];
}

/** Drop-in use grouped per member: a day with both halves at the day price, a lone half at the half-day price. */
function dropIns(db: Db, range: MonthRange, unbilled: Unbilled): BillableItem[] {
  const perMember = new Map<number, Map<string, HalfDay[]>>();
  for (const half of dropInHalfDays(db, range)) {
    if (!unbilled(`dropin:${half.memberId}:${half.date}:${half.half}`)) continue;
    const days = perMember.get(half.memberId) ?? new Map<string, HalfDay[]>();
    days.set(half.date, [...(days.get(half.date) ?? []), half]);
    perMember.set(half.memberId, days);
  }
  const prices = { half_day: tariffPrice(db, 'half_day'), day: tariffPrice(db, 'day') };
  const labels = Object.fromEntries((sql(db, "SELECT code, label FROM tariffs WHERE code IN ('half_day', 'day')").all() as { code: string; label: string }[]).map((t) => [t.code, t.label]));
  const items: BillableItem[] = [];
  for (const [memberId, days] of perMember) {
    for (const code of ['day', 'half_day'] as const) {
      const chosen = [...days.values()].filter((halves) => (halves.length === 2) === (code === 'day'));
      if (chosen.length === 0) continue;
      const dates = chosen.map((halves) => (halves[0] as HalfDay).date);
      items.push({
        memberId,
        kind: 'dropin',
        sources: chosen.flat().map((h) => `dropin:${h.memberId}:${h.date}:${h.half}`),
        description: `${labels[code] ?? code} — ${range.name} (${dates.map((d) => d.slice(8)).join(', ')})`,
        quantity: dates.length,
        unitPriceCents: prices[code],
        serviceFrom: dates[0] as string,
        serviceTo: dates.at(-1) as string,
      });
    }
  }
  return items;
}

/** The month's re-billed calls, at the policy in force when billed: the invoice freezes the amount. */
function phoneCalls(db: Db, range: MonthRange): BillableItem[] {
  return monthlyCalls(db, range.month)
    .filter((summary) => summary.amountCents > 0)
    .map((summary) => ({
      memberId: summary.memberId,
      kind: 'phone' as const,
      sources: [`phone:${summary.memberId}:${range.month}`],
      description: `Communications téléphoniques re-facturées — ${range.name} (${summary.rebilledMinutes} min)`,
      quantity: 1,
      unitPriceCents: summary.amountCents,
      serviceFrom: range.first,
      serviceTo: range.last,
    }));
}

type Unbilled = (source: string) => boolean;

/** Everything of the month not billed yet, priced; items with nothing to pay are left out. */
export function billableItems(db: Db, month: string): BillableItem[] {
  const range = monthRange(month);
  const billed = sql(db, 'SELECT 1 FROM billed_sources WHERE source = ?').pluck();
  const unbilled: Unbilled = (source) => billed.get(source) === undefined;
  const whole = [...permanentDesks(db, range), ...carnets(db, range), ...memberships(db, range), ...phoneCalls(db, range)].filter((item) => item.sources.every(unbilled));
  return [...whole, ...traineeWeeks(db, range, unbilled), ...dropIns(db, range, unbilled)].filter((item) => item.quantity * item.unitPriceCents > 0);
}
