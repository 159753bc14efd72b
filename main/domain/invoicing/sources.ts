import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import { fr } from 'date-fns/locale';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { monthlyCalls } from '../calls/billing';
import { frenchDate } from '../common/french';
import { lastDayOfMonth, shiftDate } from '../common/time';
import { readSection } from '../settings/store';
import type { Tariff } from '../tariffs/schema';
import { listTariffs } from '../tariffs/tariffs';
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
  return { month, first: `${month}-01`, last: lastDayOfMonth(month), name: format(start, 'MMMM yyyy', { locale: fr }) };
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

/** The trainee seat by the week started: each week of the plan is billed in the month it starts. */
function traineeWeeks(db: Db, range: MonthRange, unbilled: Unbilled): BillableItem[] {
  const rows = sql(db, `${PLANS} WHERE p.kind = 'trainee' AND p.start_date <= ? AND p.end_date >= ?`).all(range.last, range.first) as PlanRow[];
  return rows.flatMap((plan) => {
    const end = plan.endDate as string;
    const starts: string[] = [];
    // Calendar days, not milliseconds: a week never slips by an hour when summer time ends.
    for (let day = plan.startDate; day <= range.last && day <= end; day = shiftDate(day, 7)) {
      if (day >= range.first && unbilled(`trainee:${plan.id}:${day}`)) starts.push(day);
    }
    if (starts.length === 0) return [];
    return [{
      memberId: plan.memberId,
      kind: 'trainee' as const,
      sources: starts.map((start) => `trainee:${plan.id}:${start}`),
      description: `${plan.label} — ${starts.length} semaine${starts.length > 1 ? 's' : ''} à partir du ${frenchDate(starts[0] as string)}`,
      quantity: starts.length,
      unitPriceCents: plan.priceCents,
      serviceFrom: starts[0] as string,
      serviceTo: earlier(end, shiftDate(starts.at(-1) as string, 6)),
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

const HALVES = "(SELECT 'am' AS half UNION ALL SELECT 'pm')";

/**
 * Half-days of drop-in use on days that are over: visits no plan covered, and — when drop-ins are
 * billed as booked — the half-days booked and not covered by a plan (a no-show pays), each once.
 */
function dropInHalfDays(db: Db, range: MonthRange, today: string): HalfDay[] {
  const until = earlier(range.last, shiftDate(today, -1));
  const attended = sql(db, "SELECT member_id AS memberId, date, half FROM half_day_uses WHERE coverage = 'dropin' AND date BETWEEN ? AND ?").all(range.first, until) as HalfDay[];
  const booked =
    readSection(db, 'invoicing').dropIns === 'booked'
      ? (sql(
          db,
          `SELECT DISTINCT b.member_id AS memberId, b.date, h.half
             FROM bookings b JOIN ${HALVES} h ON b.slot IN (h.half, 'day')
            WHERE b.member_id IS NOT NULL AND b.slot IS NOT NULL AND b.status IN ('booked', 'attended', 'no_show') AND b.date BETWEEN ? AND ?
              AND NOT EXISTS (SELECT 1 FROM half_day_uses u WHERE u.member_id = b.member_id AND u.date = b.date AND u.half = h.half AND u.coverage <> 'dropin')`,
        ).all(range.first, until) as HalfDay[])
      : [];
  const seen = new Map<string, HalfDay>();
  for (const half of [...attended, ...booked]) seen.set(`${half.memberId}:${half.date}:${half.half}`, half);
  return [...seen.values()].sort((a, b) => a.memberId - b.memberId || a.date.localeCompare(b.date) || a.half.localeCompare(b.half));
}

type DropInPrice = 'day' | 'half_day' | 'complement';

/**
 * Drop-in use grouped per member: a day with both halves at the day price, a lone half at the
 * half-day price — or, when the day's other half was billed already, the rest of the day's price.
 */
function dropIns(db: Db, range: MonthRange, unbilled: Unbilled, today: string): BillableItem[] {
  const perMember = new Map<number, Map<string, HalfDay[]>>();
  for (const half of dropInHalfDays(db, range, today)) {
    if (!unbilled(`dropin:${half.memberId}:${half.date}:${half.half}`)) continue;
    const days = perMember.get(half.memberId) ?? new Map<string, HalfDay[]>();
    days.set(half.date, [...(days.get(half.date) ?? []), half]);
    perMember.set(half.memberId, days);
  }
  const tariffs = listTariffs(db);
  const day = tariffs.find((tariff) => tariff.code === 'day') as Tariff;
  const halfDay = tariffs.find((tariff) => tariff.code === 'half_day') as Tariff;
  const prices: Record<DropInPrice, number> = { day: day.priceCents, half_day: halfDay.priceCents, complement: Math.max(0, day.priceCents - halfDay.priceCents) };
  const priceOf = (halves: HalfDay[]): DropInPrice => {
    if (halves.length === 2) return 'day';
    const { memberId, date, half } = halves[0] as HalfDay;
    return unbilled(`dropin:${memberId}:${date}:${half === 'am' ? 'pm' : 'am'}`) ? 'half_day' : 'complement';
  };
  const items: BillableItem[] = [];
  for (const [memberId, days] of perMember) {
    for (const code of ['day', 'half_day', 'complement'] as const) {
      const chosen = [...days.values()].filter((halves) => priceOf(halves) === code);
      if (chosen.length === 0) continue;
      const dates = chosen.map((halves) => (halves[0] as HalfDay).date);
      const label = { day: day.label, half_day: halfDay.label, complement: `Complément à la journée (${day.label})` }[code];
      items.push({
        memberId,
        kind: 'dropin',
        sources: chosen.flat().map((h) => `dropin:${h.memberId}:${h.date}:${h.half}`),
        description: `${label} — ${range.name} (${dates.map((d) => d.slice(8)).join(', ')})`,
        quantity: dates.length,
        unitPriceCents: prices[code],
        serviceFrom: dates[0] as string,
        serviceTo: dates.at(-1) as string,
      });
    }
  }
  return items;
}

/**
 * The month's re-billed calls, at the policy in force when billed (the invoice freezes the amount).
 * Calls recorded after a run (the operator's statement comes later) are billed as a top-up: the
 * month's amount less what its earlier lines billed.
 */
function phoneCalls(db: Db, range: MonthRange): BillableItem[] {
  const billedBefore = sql(
    db,
    `SELECT count(*) AS lines, coalesce(sum(l.net_cents), 0) AS cents FROM billed_sources s JOIN invoice_lines l ON l.id = s.line_id
      WHERE s.source BETWEEN @key AND @key || ':~'`,
  );
  return monthlyCalls(db, range.month).flatMap((summary) => {
    const key = `phone:${summary.memberId}:${range.month}`;
    const before = billedBefore.get({ key }) as { lines: number; cents: number };
    const amountCents = summary.amountCents - before.cents;
    if (amountCents <= 0) return [];
    return [{
      memberId: summary.memberId,
      kind: 'phone' as const,
      sources: [before.lines === 0 ? key : `${key}:${before.lines + 1}`],
      description: `Communications téléphoniques re-facturées — ${range.name} (${summary.rebilledMinutes} min${before.lines === 0 ? '' : ', complément'})`,
      quantity: 1,
      unitPriceCents: amountCents,
      serviceFrom: range.first,
      serviceTo: range.last,
    }];
  });
}

type Unbilled = (source: string) => boolean;

/** Everything of the month not billed yet, priced; items with nothing to pay are left out. */
export function billableItems(db: Db, month: string, today: string): BillableItem[] {
  const range = monthRange(month);
  const billed = sql(db, 'SELECT 1 FROM billed_sources WHERE source = ?').pluck();
  const unbilled: Unbilled = (source) => billed.get(source) === undefined;
  const whole = [...permanentDesks(db, range), ...carnets(db, range), ...memberships(db, range), ...phoneCalls(db, range)].filter((item) => item.sources.every(unbilled));
  // An anonymised member can no longer be invoiced: what they left unbilled stays so.
  const anonymised = new Set(sql(db, 'SELECT id FROM members WHERE anonymised_at IS NOT NULL').pluck().all() as number[]);
  return [...whole, ...traineeWeeks(db, range, unbilled), ...dropIns(db, range, unbilled, today)].filter(
    (item) => item.quantity * item.unitPriceCents > 0 && !anonymised.has(item.memberId),
  );
}
