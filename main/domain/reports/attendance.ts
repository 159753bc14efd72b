import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import type { FiscalPeriod } from '../accounting/fiscal-year';
import { everyMonth, monthsOf } from './months';
import type { AttendanceReport } from './schema';

type Figures = AttendanceReport['total'];

/** Every visit of the period, read once through the date index; counted below. */
const VISITS = 'SELECT a.date, a.member_id AS memberId FROM attendances a WHERE a.date BETWEEN @start AND @end';

/**
 * A new member is counted in the month of their first visit ever (a check-in), not of their
 * registration: someone registered in December who first came in January is January's. Their first
 * visit in the year is their first ever when no visit came before the year (`arrived_at` is the
 * Paris time, so its date part is `date`, and the member's index answers without reading the table).
 */
const NEW_BY_MONTH = `
  SELECT substr(f.first, 1, 7) AS firstMonth, count(*) AS newMembers
    FROM (SELECT a.member_id, min(a.date) AS first FROM attendances a WHERE a.date BETWEEN @start AND @end GROUP BY a.member_id) f
   WHERE NOT EXISTS (SELECT 1 FROM attendances b WHERE b.member_id = f.member_id AND b.arrived_at < @start)
   GROUP BY firstMonth`;

const zero = (): Figures => ({ visits: 0, members: 0, newMembers: 0 });

/**
 * Who came, month by month: days of presence (a member's two visits the same day count once),
 * distinct members, and members who came for the first time.
 */
export function attendanceReport(db: Db, period: FiscalPeriod): AttendanceReport {
  const range = { start: period.start, end: period.end };
  const days = new Map<string, Set<string>>();
  const members = new Map<string, Set<number>>();
  const everyone = new Set<number>();
  for (const { date, memberId } of sql(db, VISITS).all(range) as { date: string; memberId: number }[]) {
    const month = date.slice(0, 7);
    let present = days.get(month);
    let came = members.get(month);
    if (!present || !came) {
      days.set(month, (present = new Set()));
      members.set(month, (came = new Set()));
    }
    present.add(`${memberId} ${date}`);
    came.add(memberId);
    everyone.add(memberId);
  }
  const found = new Map<string, Figures>();
  for (const [month, present] of days) found.set(month, { visits: present.size, members: members.get(month)?.size ?? 0, newMembers: 0 });
  let newMembers = 0;
  for (const row of sql(db, NEW_BY_MONTH).all(range) as { firstMonth: string; newMembers: number }[]) {
    const figures = found.get(row.firstMonth);
    if (figures) figures.newMembers = row.newMembers;
    newMembers += row.newMembers;
  }
  let visits = 0;
  for (const present of days.values()) visits += present.size;
  return { months: everyMonth(monthsOf(period), found, zero), total: { visits, members: everyone.size, newMembers } };
}
