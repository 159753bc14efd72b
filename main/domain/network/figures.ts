import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { periodFacts } from '../bookings/period';
import { occupancy } from '../bookings/occupancy';
import { PROFILES, type Profile } from '../members/schema';
import type { NetworkPeriod } from './period';

/** The figures of a period that add up over its parts (a year is the sum of its quarters). */
export interface AdditiveFigures {
  newUsers: number;
  events: number;
  participants: number;
  creations: number;
  /** Issued invoices less credit notes, excluding VAT, and how many customers they rest on. */
  revenue: { cents: number; customers: number };
  commute: { declarants: number; days: number; metresAvoided: number };
}

/** What the report counts, before any figure is withheld. */
export interface RawFigures extends AdditiveFigures {
  openDays: number;
  /** Seat-half-days: the report halves them into seat-days. */
  halfDaysUsed: number;
  halfDaysOpen: number;
  users: number;
  regularUsers: number;
  byProfile: Record<Profile, number>;
}

const range = (period: { start: string; end: string }) => ({ start: period.start, end: period.end });

/** Each member who came in the period, once: how many days they came, and their profile. */
const USERS = `
  SELECT a.member_id AS memberId, m.profile, count(DISTINCT a.date) AS days
    FROM attendances a JOIN members m ON m.id = a.member_id
   WHERE a.date BETWEEN @start AND @end
   GROUP BY a.member_id`;

/**
 * Days of presence of members who declared, with consent, a usual commute by car and both distances:
 * each such day saves the round trip to their usual workplace, less the one to the space.
 */
const COMMUTE = `
  SELECT count(DISTINCT d.member_id) AS declarants, count(*) AS days,
         coalesce(sum(2 * (m.metres_to_workplace - m.metres_to_space)), 0) AS metresAvoided
    FROM (SELECT DISTINCT member_id, date FROM attendances WHERE date BETWEEN @start AND @end) d
    JOIN members m ON m.id = d.member_id
   WHERE m.commute_mode = 'car' AND m.commute_consent = 1
     AND m.metres_to_workplace IS NOT NULL AND m.metres_to_space IS NOT NULL`;

const EVENTS = 'SELECT count(*) AS events, coalesce(sum(participants), 0) AS participants FROM events WHERE date BETWEEN @start AND @end';
const CREATIONS = 'SELECT count(*) FROM members WHERE business_created_on BETWEEN @start AND @end';
const NEW_USERS = `
  SELECT count(*) FROM (SELECT member_id FROM attendances WHERE date BETWEEN @start AND @end GROUP BY member_id) a
   WHERE NOT EXISTS (SELECT 1 FROM attendances b WHERE b.member_id = a.member_id AND b.arrived_at < @start)`;
/** Issued invoices less credit notes (whose net is negative), excluding VAT; customers: members or organisations billed. */
const REVENUE = `
  SELECT coalesce(sum(net_cents), 0) AS cents, count(DISTINCT coalesce('O' || organisation_id, 'U' || member_id)) AS customers
    FROM invoices WHERE number IS NOT NULL AND issue_date BETWEEN @start AND @end`;

/** « Regular »: came at least four days a month on average, about once a week. */
export const REGULAR_DAYS_PER_MONTH = 4;

export function additiveFigures(db: Db, period: { start: string; end: string }): AdditiveFigures {
  const events = sql(db, EVENTS).get(range(period)) as { events: number; participants: number };
  return {
    newUsers: sql(db, NEW_USERS).pluck().get(range(period)) as number,
    events: events.events,
    participants: events.participants,
    creations: sql(db, CREATIONS).pluck().get(range(period)) as number,
    revenue: sql(db, REVENUE).get(range(period)) as AdditiveFigures['revenue'],
    commute: sql(db, COMMUTE).get(range(period)) as AdditiveFigures['commute'],
  };
}

export function rawFigures(db: Db, period: NetworkPeriod): RawFigures {
  // The period's days, seats and plans are read once, for the occupancy and the open days alike.
  const facts = periodFacts(db, period.start, period.end);
  const seats = occupancy(db, period.start, period.end, 'all', facts).total;
  const byProfile = Object.fromEntries(PROFILES.map((profile) => [profile, 0])) as Record<Profile, number>;
  let regularUsers = 0;
  const users = sql(db, USERS).all(range(period)) as { profile: Profile; days: number }[];
  for (const user of users) {
    byProfile[user.profile] += 1;
    if (user.days >= REGULAR_DAYS_PER_MONTH * period.months) regularUsers += 1;
  }
  return {
    ...additiveFigures(db, period),
    openDays: facts.days.filter((day) => day.open).length,
    halfDaysUsed: seats.used,
    halfDaysOpen: seats.open,
    users: users.length,
    regularUsers,
    byProfile,
  };
}
