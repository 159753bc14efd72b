import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { openVisitOf } from '../attendance/attendance';
import { listBookings } from '../bookings/bookings';
import { standingOf } from '../charter/signatures';
import { Refusal } from '../common/refusal';
import { isoDate } from '../common/time';
import { addMember, possibleDuplicates } from '../members/members';
import { searchable } from '../members/list';
import { MemberInput } from '../members/schema';
import type { KioskArrival, KioskPerson, KioskRegistration } from './schema';

const MAX_MATCHES = 6;

interface NameRow {
  memberId: number;
  firstName: string;
  lastName: string;
}

/** « Marie D. »; the whole last name only where two people would otherwise look the same. */
function labels(rows: NameRow[]): KioskPerson[] {
  const short = (row: NameRow) => `${row.firstName} ${row.lastName.charAt(0).toUpperCase()}.`;
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(short(row), (counts.get(short(row)) ?? 0) + 1);
  return rows.map((row) => ({ memberId: row.memberId, label: (counts.get(short(row)) ?? 0) > 1 ? `${row.firstName} ${row.lastName}` : short(row) }));
}

/** Active members one of whose names begins with each word typed (accents and case ignored). */
export function findAtKiosk(db: Db, query: string): KioskPerson[] {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  const rows = sql(
    db,
    `SELECT id AS memberId, first_name AS firstName, last_name AS lastName FROM members
      WHERE status = 'active' ORDER BY first_name COLLATE NOCASE, last_name COLLATE NOCASE`,
  ).all() as NameRow[];
  const matches = rows.filter((row) => {
    const names = searchable(`${row.firstName} ${row.lastName}`).split(/[\s-]+/);
    return words.every((word) => names.some((name) => name.startsWith(word)));
  });
  return labels(matches.slice(0, MAX_MATCHES));
}

/**
 * The member the kiosk acts for. An unknown id and a member who left get the same answer, without a
 * name: the kiosk must not tell who has or had a record.
 */
export function personOf(db: Db, memberId: number): KioskPerson {
  const row = sql(db, "SELECT id AS memberId, first_name AS firstName, last_name AS lastName FROM members WHERE id = ? AND status = 'active'").get(memberId) as NameRow | undefined;
  if (!row) throw new Refusal('errors.kiosk.see_desk', {}, { code: 'not_found', field: 'memberId' });
  return labels([row])[0] as KioskPerson;
}

/**
 * A newcomer registers themselves. Someone who may already have a record is sent to the search (or
 * to the desk) without being told whose record it is.
 */
export function registerAtKiosk(db: Db, input: KioskRegistration, now: Date, at: string): KioskPerson {
  const member = MemberInput.parse({ firstName: input.firstName, lastName: input.lastName, email: input.email, phone: input.phone, profile: input.profile });
  if (possibleDuplicates(db, member).length > 0) throw new Refusal('errors.kiosk.already_registered', {}, { code: 'conflict', field: 'lastName' });
  const created = addMember(db, member, true, isoDate(now), at);
  sql(db, 'UPDATE members SET privacy_accepted_at = ? WHERE id = ?').run(at, created.id);
  return personOf(db, created.id);
}

/** The member's charter standing, whether they are in, and what they booked today. */
export function arrivalOf(db: Db, memberId: number, now: Date, at: string): KioskArrival {
  const person = personOf(db, memberId);
  const today = isoDate(now);
  const seatName = (code: string) => (sql(db, 'SELECT name FROM seats WHERE code = ?').get(code) as { name: string } | undefined)?.name ?? code;
  // The seat as people call it (« Poste A4 », « Petit salon »), not its code.
  const bookings = listBookings(db, { from: today, to: today, memberId, all: false }).map(({ seat, slot, startTime, endTime }) => ({ seat: seatName(seat), slot, startTime, endTime }));
  return { person, charter: standingOf(db, memberId, at), inSince: openVisitOf(db, memberId)?.arrivedAt ?? null, bookings };
}
