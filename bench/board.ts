/**
 * The planning board (« Planning »: every seat by half-day for a week or a month, with its occupancy)
 * and a year's occupancy figures, directly and through the dispatcher, beside the raw SQL they rest on.
 */
import type { Db } from '../main/db/open';
import { planningBoard } from '../main/domain/bookings/board';
import { occupancy } from '../main/domain/bookings/occupancy';
import { shiftDate } from '../main/domain/common/time';
import type { Call } from './datasets';
import { time, TARGETS, type BenchRow } from './measure';

const BOARD_RUNS = 300;
const OCCUPANCY_RUNS = 100;

export interface Range {
  from: string;
  to: string;
}

/** Monday to Sunday of the week `offset` weeks from the one containing `today`. */
export function week(today: string, offset: number): Range {
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
  const from = shiftDate(today, offset * 7 - weekday);
  return { from, to: shiftDate(from, 6) };
}

/**
 * The reads the board rests on, as plain prepared statements: the seats, the desk plans and releases,
 * the bookings with their seat and member, the seat holds and the closures of the range.
 */
function rawBoardReads(db: Db): (range: Range) => unknown[] {
  const seats = db.prepare('SELECT s.id, s.code, s.name, s.kind, r.id AS roomId, r.name AS roomName FROM seats s JOIN rooms r ON r.id = s.room_id ORDER BY r.sort, s.sort');
  const plans = db.prepare(
    `SELECT p.id, p.seat_id, p.member_id, m.first_name, m.last_name, p.start_date, p.end_date FROM plans p JOIN members m ON m.id = p.member_id
      WHERE p.seat_id IS NOT NULL AND p.kind <> 'carnet' AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)`,
  );
  const releases = db.prepare('SELECT plan_id, date FROM desk_releases WHERE date BETWEEN ? AND ?');
  const bookings = db.prepare(
    `SELECT b.id, s.code, b.date, b.slot, b.start_time, b.end_time, b.member_id, m.first_name, m.last_name, b.visitor_name, b.channel, b.note, b.status
       FROM bookings b JOIN seats s ON s.id = b.seat_id LEFT JOIN members m ON m.id = b.member_id
      WHERE b.date BETWEEN ? AND ? AND b.status IN ('booked', 'attended')`,
  );
  const holds = db.prepare('SELECT seat_id, date, half FROM seat_holds WHERE date BETWEEN ? AND ?');
  const closures = db.prepare('SELECT start_date, end_date, label FROM closures WHERE start_date <= ? AND end_date >= ?');
  return ({ from, to }) => [seats.all(), plans.all(to, from), releases.all(from, to), bookings.all(from, to), holds.all(from, to), closures.all(to, from)];
}

export interface BoardPeriods {
  thisWeek: Range;
  /** This week, the next, the last, a month, a quarter, half a year and a year ago. */
  weeks: Range[];
  month: Range;
  /** Twelve months both databases cover, up to the end of this one. */
  year: Range;
}

export function benchBoard(db: Db, call: Call, periods: BoardPeriods): BenchRow[] {
  const { thisWeek, weeks, month, year } = periods;
  const raw = rawBoardReads(db);
  const nth = (i: number) => weeks[i % weeks.length] ?? thisWeek;
  const cells = planningBoard(db, thisWeek.from, thisWeek.to).cells.length;
  const weekLabel = `${thisWeek.from}…${thisWeek.to}, ${cells} cells`;
  const yearLabel = `${year.from.slice(0, 7)}…${year.to.slice(0, 7)} by month`;

  const rawWeek = time(() => raw(thisWeek), BOARD_RUNS);
  const rawWeeks = time((i) => raw(nth(i)), BOARD_RUNS);
  const rawMonth = time(() => raw(month), BOARD_RUNS);
  const holdsOfYear = db.prepare('SELECT count(*) FROM seat_holds WHERE date BETWEEN ? AND ?');
  const rawYear = time(() => holdsOfYear.get(year.from, year.to), OCCUPANCY_RUNS);
  return [
    { operation: 'week board (planningBoard, direct)', detail: weekLabel, timing: time(() => planningBoard(db, thisWeek.from, thisWeek.to), BOARD_RUNS), raw: rawWeek, targetMs: TARGETS.screen },
    {
      operation: `week board, ${weeks.length} weeks in turn (direct)`,
      detail: 'this week, ±1, −4, −13, −26, −52 weeks',
      timing: time((i) => planningBoard(db, nth(i).from, nth(i).to), BOARD_RUNS),
      raw: rawWeeks,
      targetMs: TARGETS.screen,
    },
    { operation: 'bookings.board, this week', detail: weekLabel, timing: time(() => call('bookings.board', thisWeek), BOARD_RUNS), raw: rawWeek, targetMs: TARGETS.screen },
    {
      operation: `bookings.board, ${weeks.length} weeks in turn`,
      detail: 'this week, ±1, −4, −13, −26, −52 weeks',
      timing: time((i) => call('bookings.board', nth(i)), BOARD_RUNS),
      raw: rawWeeks,
      targetMs: TARGETS.screen,
    },
    { operation: 'bookings.board, this month', detail: `${month.from}…${month.to}`, timing: time(() => call('bookings.board', month), BOARD_RUNS), raw: rawMonth, targetMs: TARGETS.screen },
    { operation: 'occupancy, 12 months (direct)', detail: yearLabel, timing: time(() => occupancy(db, year.from, year.to, 'month'), OCCUPANCY_RUNS), raw: rawYear, targetMs: TARGETS.screen },
    { operation: 'occupancy.get, 12 months', detail: yearLabel, timing: time(() => call('occupancy.get', { ...year, by: 'month' }), OCCUPANCY_RUNS), raw: rawYear, targetMs: TARGETS.screen },
  ];
}
