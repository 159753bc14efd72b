import type { Faker } from '@faker-js/faker';
import { addDays, addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { checkIn, checkOut } from '../attendance/attendance';
import { entitlementOn } from '../attendance/coverage';
import { halvesOffered } from '../bookings/holds';
import { dayStatus } from '../calendar/day';
import { parisInstant } from '../common/time';
import { addMember, setMemberStatus } from '../members/members';
import type { MemberInput, Profile } from '../members/schema';
import { addMembership } from '../memberships/memberships';
import { addPlan } from '../plans/plans';
import { bookStay, cellsOf, demoStay, releaseDesks, upcomingBookings, type BookableDay, type DemoSeat, type DemoStay, type DeskPlan } from './bookings';
import { DEMO_COMMUNES, DEMO_WORKPLACES_KM } from './communes';

const PROFILES: [Profile, number][] = [
  ['independent', 45],
  ['remote_employee', 20],
  ['business_creator', 10],
  ['job_seeker', 8],
  ['student', 6],
  ['trainee', 6],
  ['other', 5],
];

interface DemoMember {
  id: number;
  profile: Profile;
  joined: string;
  leaves: string | null;
  /** How many half-days a week they come when they have no desk of their own. */
  visitsPerWeek: number;
  buysCarnets: boolean;
}

/** How far ahead people have already booked: the next three weeks' open days (even after a closure). */
const UPCOMING_OPEN_DAYS = 15;

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const plus = (date: string, days: number) => iso(addDays(parseISO(date), days));

function weighted<T>(faker: Faker, items: [T, number][]): T {
  return faker.helpers.weightedArrayElement(items.map(([value, weight]) => ({ value, weight })));
}

function demoPerson(faker: Faker, profile: Profile): MemberInput {
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  const commune = faker.helpers.weightedArrayElement(DEMO_COMMUNES.map((c) => ({ value: c, weight: c.weight })));
  const consent = faker.datatype.boolean({ probability: 0.7 });
  return {
    firstName,
    lastName,
    email: faker.internet.email({ firstName, lastName, provider: 'exemple.fr' }).toLowerCase(),
    phone: `+336${faker.string.numeric({ length: 8, allowLeadingZeros: true })}`,
    address: faker.location.streetAddress(),
    postcode: commune.postcode,
    city: commune.city,
    inseeCode: commune.inseeCode,
    organisationName: profile === 'remote_employee' ? faker.company.name() : '',
    organisationSiren: '',
    organisationAddress: '',
    profile,
    commuteMode: faker.helpers.weightedArrayElement([
      { value: 'car', weight: 70 },
      { value: 'carpool', weight: 8 },
      { value: 'bike', weight: 10 },
      { value: 'walk', weight: 5 },
      { value: 'public_transport', weight: 7 },
    ]),
    commuteConsent: consent,
    kmToWorkplace: consent ? faker.helpers.arrayElement(DEMO_WORKPLACES_KM) : null,
    kmToSpace: consent ? commune.kmToSpace : null,
    businessCreatedOn: null,
    notes: '',
  };
}

/** The open days between two dates (included), computed once. */
function openDays(db: Db, from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = plus(day, 1)) if (dayStatus(db, day).open) days.push(day);
  return days;
}

/**
 * About forty members a year over `from`…`today`, with their memberships, five permanent desks held in
 * turn (released on the holders' days away), trainees on the trainee seat, carnets and drop-ins who
 * book a free seat before coming, every visit checked in and out through the same rules as at the desk
 * (so carnets are debited and bookings attended as they would be), and bookings for the coming weeks.
 */
export function demoMembers(db: Db, faker: Faker, from: string, today: string, stamp: string): { members: number; visits: number } {
  const members: DemoMember[] = [];
  const years = Math.max(1, Math.round(differenceInCalendarDays(parseISO(today), parseISO(from)) / 365));
  const count = 40 * years;
  for (let i = 0; i < count; i++) {
    const profile = weighted(faker, PROFILES);
    const joined = iso(faker.date.between({ from: parseISO(from), to: parseISO(today) }));
    const stays = faker.number.int({ min: 60, max: 1200 });
    const leaves = faker.datatype.boolean({ probability: 0.65 }) ? plus(joined, stays) : null;
    const member = addMember(db, demoPerson(faker, profile), true, joined, stamp);
    sql(db, 'UPDATE members SET joined_on = ? WHERE id = ?').run(joined, member.id);
    members.push({ id: member.id, profile, joined, leaves: leaves && leaves < today ? leaves : null, visitsPerWeek: faker.number.int({ min: 1, max: 6 }), buysCarnets: faker.datatype.boolean({ probability: 0.45 }) });
  }
  members.sort((a, b) => a.joined.localeCompare(b.joined));
  const activeOn = (member: DemoMember, date: string) => member.joined <= date && (member.leaves === null || member.leaves > date);

  // Memberships: each calendar year a member is around.
  for (const member of members) {
    const last = Number((member.leaves ?? today).slice(0, 4));
    for (let year = Number(member.joined.slice(0, 4)); year <= last; year++) {
      const start = year === Number(member.joined.slice(0, 4)) ? member.joined : `${year}-01-0${faker.number.int({ min: 2, max: 9 })}`;
      // Most are invoiced with the month's billing; some are paid on the spot at the desk.
      addMembership(db, member.id, start, faker.datatype.boolean({ probability: 0.2 }), start, `${start}T10:00:00+01:00`);
    }
  }

  // Permanent desks, held in turn by independents and remote employees, each for months.
  const holders = new Map<string, DemoMember>();
  const permanentSeats = sql(db, "SELECT id FROM seats WHERE kind = 'permanent' AND retired_on IS NULL ORDER BY sort").pluck().all() as number[];
  for (const seatId of permanentSeats) {
    let cursor = plus(from, faker.number.int({ min: 0, max: 90 }));
    while (cursor < today) {
      const candidate = members.find((m) => ['independent', 'remote_employee'].includes(m.profile) && activeOn(m, cursor) && ![...holders.values()].includes(m));
      if (!candidate) {
        cursor = plus(cursor, 30);
        continue;
      }
      const months = faker.number.int({ min: 6, max: 30 });
      let end: string | null = iso(addDays(addMonths(parseISO(cursor), months), -1));
      if (candidate.leaves && candidate.leaves <= end) end = plus(candidate.leaves, -1);
      if (end >= today) end = null;
      addPlan(db, { kind: 'permanent', memberId: candidate.id, seatId, startDate: cursor, endDate: end }, today, stamp);
      holders.set(`${seatId}:${cursor}`, candidate);
      if (end === null) break;
      cursor = plus(end, faker.number.int({ min: 1, max: 20 }));
    }
  }

  // Trainees on the trainee seat, a few weeks at a time.
  const traineeSeat = sql(db, "SELECT id FROM seats WHERE kind = 'trainee' AND retired_on IS NULL LIMIT 1").pluck().get() as number | undefined;
  if (traineeSeat !== undefined) {
    let cursor = plus(from, faker.number.int({ min: 10, max: 60 }));
    while (cursor < today) {
      const trainee = members.find((m) => m.profile === 'trainee' && activeOn(m, cursor) && !holdsPlan(db, m.id));
      const end = plus(cursor, faker.number.int({ min: 2, max: 10 }) * 7 - 1);
      if (trainee && end < today) {
        const organisation = faker.helpers.arrayElement(['GRETA Aquitaine', 'AFPA Libourne', 'CCI Formation Bordeaux', 'Université de Bordeaux']);
        addPlan(db, { kind: 'trainee', memberId: trainee.id, seatId: traineeSeat, startDate: cursor, endDate: end, trainingOrganisation: organisation }, today, stamp);
      }
      cursor = plus(end, faker.number.int({ min: 20, max: 90 }));
    }
  }

  // Every open day up to today: desk holders and trainees mostly come, unless away (their desk is then
  // released); others book a free drop-in place — or, now and then, a released desk — for the half-days
  // they come, then check in at it. No free seat for their slot: they do not come.
  const deskPlans = (
    sql(
      db,
      `SELECT p.id AS planId, p.member_id AS memberId, p.kind, s.id AS seatId, s.code AS seatCode, p.start_date AS startDate, p.end_date AS endDate
         FROM plans p JOIN seats s ON s.id = p.seat_id WHERE p.kind IN ('permanent', 'trainee')`,
    ).all() as (Omit<DeskPlan, 'seat'> & { seatId: number; seatCode: string })[]
  ).map(({ seatId, seatCode, ...plan }) => ({ ...plan, seat: { id: seatId, code: seatCode } }));
  const deskOf = (memberId: number, date: string) =>
    deskPlans.find((plan) => plan.memberId === memberId && plan.startDate <= date && (plan.endDate === null || plan.endDate >= date));
  const dropInSeats = sql(db, "SELECT id, code FROM seats WHERE kind = 'dropin' AND retired_on IS NULL ORDER BY sort").all() as DemoSeat[];
  const pastDays = openDays(db, from, today);
  const days = [...pastDays, ...openDays(db, plus(today, 1), plus(today, 60)).slice(0, UPCOMING_OPEN_DAYS)];
  const released = releaseDesks(db, faker, deskPlans, days, today, stamp);
  const bookable = (date: string, offerReleased: boolean): BookableDay => ({
    date,
    seats: [...dropInSeats, ...(offerReleased ? (released.get(date) ?? []).map((plan) => plan.seat) : [])],
    halves: halvesOffered(db, date),
  });
  let visits = 0;
  for (const date of pastDays) {
    const active = members.filter((m) => activeOn(m, date));
    const seated = active.filter((m) => deskOf(m.id, date));
    const away = released.get(date) ?? [];
    for (const member of seated) {
      if (away.some((plan) => plan.memberId === member.id)) continue;
      if (!faker.datatype.boolean({ probability: 0.82 })) continue;
      visits += visit(db, member, date, today, demoStay(faker));
    }
    const others = faker.helpers.shuffle(active.filter((m) => !seated.includes(m)));
    const day = bookable(date, faker.datatype.boolean({ probability: 0.5 }));
    let cells = day.seats.length * day.halves.length;
    for (const member of others) {
      if (cells <= 0) break;
      if (!faker.datatype.boolean({ probability: member.visitsPerWeek / 12 })) continue;
      const stay = demoStay(faker);
      if (bookStay(db, faker, member.id, day, stay, today, stamp) !== 'booked') continue;
      cells -= cellsOf(stay.slot);
      if (member.buysCarnets) topUpCarnet(db, faker, member, date, today, stamp);
      visits += visit(db, member, date, today, stay);
    }
  }
  const upcoming = days.slice(pastDays.length).map((date) => bookable(date, true));
  const stillHere = members.filter((m) => m.leaves === null);
  upcomingBookings(db, faker, upcoming, (date) => stillHere.filter((m) => activeOn(m, date) && !deskOf(m.id, date)), stamp);

  for (const member of members) {
    if (member.leaves) setMemberStatus(db, member.id, 'left', member.leaves, stamp);
  }
  return { members: members.length, visits };
}

function holdsPlan(db: Db, memberId: number): boolean {
  return sql(db, "SELECT 1 FROM plans WHERE member_id = ? AND kind IN ('permanent', 'trainee')").get(memberId) !== undefined;
}

/** A regular whose carnet is used up or expired buys the next one before coming. */
function topUpCarnet(db: Db, faker: Faker, member: DemoMember, date: string, today: string, stamp: string): void {
  try {
    const { coverage } = entitlementOn(db, member.id, date, false);
    if (coverage === 'carnet') return;
    if (coverage === 'dropin' && sql(db, "SELECT 1 FROM plans WHERE member_id = ? AND kind = 'carnet'").get(member.id) && faker.datatype.boolean({ probability: 0.2 })) return;
  } catch {
    // empty or expired: buy one
  }
  addPlan(db, { kind: 'carnet', memberId: member.id, unit: faker.helpers.arrayElement(['half_day', 'day']), startDate: date, quantity: null }, today, stamp);
}

/** One visit, checked in and out through the desk's rules (at the booked seat, if any); today's visitors may still be in. */
function visit(db: Db, member: DemoMember, date: string, today: string, stay: DemoStay): number {
  const arrived = parisInstant(date, stay.arrival);
  const now = new Date();
  if (date === today && arrived > now) return 0;
  try {
    checkIn(db, { memberId: member.id, at: arrived, asDropIn: false });
  } catch {
    checkIn(db, { memberId: member.id, at: arrived, asDropIn: true });
  }
  const left = parisInstant(date, stay.departure);
  if (date < today || left <= now) checkOut(db, { memberId: member.id, at: left });
  return 1;
}
