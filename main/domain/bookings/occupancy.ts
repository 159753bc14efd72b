import { format, parseISO, startOfISOWeek } from 'date-fns';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { inService, periodFacts, planCovers, type PeriodFacts } from './period';
import type { Occupancy } from './schema';

type Kind = Occupancy['byKind'][number]['kind'];
const KINDS: readonly Kind[] = ['permanent', 'dropin', 'trainee'];
type Grouping = 'day' | 'week' | 'month' | 'year' | 'all';

interface Counts {
  used: Record<Kind, number>;
  open: Record<Kind, number>;
}

const zero = (): Record<Kind, number> => ({ permanent: 0, dropin: 0, trainee: 0 });
const isDesk = (kind: string): kind is Kind => (KINDS as readonly string[]).includes(kind);

/** Seat-slots open and used per day and kind: bookings held in the database, plus desks held by plans. */
function countsPerDay(db: Db, facts: PeriodFacts, from: string, to: string): Map<string, Counts> {
  const seatOf = new Map(facts.seats.map((seat) => [seat.id, seat]));
  // A seat out of service on a day counts neither as open nor as used that day.
  const deskOn = (seatId: number, date: string) => {
    const seat = seatOf.get(seatId);
    return seat && isDesk(seat.kind) && inService(seat, date) ? seat.kind : undefined;
  };
  const held = sql(db, 'SELECT h.seat_id AS seatId, h.date, h.half FROM seat_holds h WHERE h.date BETWEEN ? AND ?').all(from, to) as {
    seatId: number;
    date: string;
    half: 'am' | 'pm';
  }[];
  const perDay = new Map<string, Counts>();
  for (const day of facts.days) {
    const counts = { used: zero(), open: zero() };
    perDay.set(day.date, counts);
    for (const seat of facts.seats) if (isDesk(seat.kind) && inService(seat, day.date)) counts.open[seat.kind] += day.halves.length;
    for (const plan of facts.plans) {
      const kind = deskOn(plan.seatId, day.date);
      if (kind && planCovers(plan, day.date) && !facts.releases.has(`${plan.planId} ${day.date}`)) counts.used[kind] += day.halves.length;
    }
  }
  const offered = new Map(facts.days.map((day) => [day.date, day.halves]));
  for (const hold of held) {
    const kind = deskOn(hold.seatId, hold.date);
    const counts = perDay.get(hold.date);
    if (kind && counts && offered.get(hold.date)?.includes(hold.half)) counts.used[kind] += 1;
  }
  return perDay;
}

function periodKey(date: string, by: Grouping): string {
  if (by === 'day') return date;
  if (by === 'week') return format(startOfISOWeek(parseISO(date)), 'yyyy-MM-dd');
  if (by === 'month') return date.slice(0, 7);
  if (by === 'year') return date.slice(0, 4);
  return 'all';
}

const rate = (used: number, open: number) => (open === 0 ? 0 : Math.round((used / open) * 10_000) / 10_000);

function figures(from: string, to: string, counts: Counts[]): Occupancy {
  const byKind = KINDS.map((kind) => {
    const used = counts.reduce((sum, c) => sum + c.used[kind], 0);
    const open = counts.reduce((sum, c) => sum + c.open[kind], 0);
    return { kind, used, open, rate: rate(used, open) };
  });
  const used = byKind.reduce((sum, k) => sum + k.used, 0);
  const open = byKind.reduce((sum, k) => sum + k.open, 0);
  return { from, to, byKind, used, open, rate: rate(used, open) };
}

/** Seat-slots used ÷ seat-slots open, by kind of seat, for a range cut into days, weeks, months or years. */
export function occupancy(db: Db, from: string, to: string, by: Grouping = 'all', facts = periodFacts(db, from, to)): { periods: Occupancy[]; total: Occupancy } {
  const perDay = countsPerDay(db, facts, from, to);
  const groups = new Map<string, { from: string; to: string; counts: Counts[] }>();
  for (const [date, counts] of perDay) {
    const key = periodKey(date, by);
    const group = groups.get(key) ?? { from: date, to: date, counts: [] };
    group.to = date;
    group.counts.push(counts);
    groups.set(key, group);
  }
  const periods = [...groups.values()].map((group) => figures(group.from, group.to, group.counts));
  return { periods, total: figures(from, to, [...perDay.values()]) };
}

