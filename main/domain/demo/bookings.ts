import type { Faker } from '@faker-js/faker';
import type { Db } from '../../db/open';
import { book, cancelBooking, markNoShow } from '../bookings/bookings';
import { halvesOf, isFree, type Half } from '../bookings/holds';
import { releaseDesk } from '../bookings/releases';
import type { Slot } from '../bookings/schema';
import { isoDateTime, parisInstant, shiftDate } from '../common/time';

export interface DemoSeat {
  id: number;
  code: string;
}

/** A permanent or trainee plan, with the desk it holds. */
export interface DeskPlan {
  planId: number;
  memberId: number;
  kind: 'permanent' | 'trainee';
  seat: DemoSeat;
  startDate: string;
  endDate: string | null;
}

/** When someone comes: the morning, the afternoon or the whole day, the times matching the half-days booked. */
export interface DemoStay {
  arrival: string;
  departure: string;
  slot: Slot;
}

const two = (n: number) => String(n).padStart(2, '0');

export function demoStay(faker: Faker): DemoStay {
  const morning = faker.datatype.boolean({ probability: 0.75 });
  const arrival = morning ? `0${faker.number.int({ min: 8, max: 9 })}:${faker.helpers.arrayElement(['05', '20', '35', '50'])}` : `1${faker.number.int({ min: 3, max: 4 })}:${faker.helpers.arrayElement(['35', '45', '50'])}`;
  const wholeDay = morning && faker.datatype.boolean({ probability: 0.6 });
  const departure = wholeDay || !morning ? `1${faker.number.int({ min: 6, max: 8 })}:${faker.helpers.arrayElement(['10', '30', '45'])}` : `12:${faker.helpers.arrayElement(['05', '20', '25'])}`;
  return { arrival, departure, slot: wholeDay ? 'day' : morning ? 'am' : 'pm' };
}

/** How many half-day cells a slot takes. */
export const cellsOf = (slot: Slot) => halvesOf(slot).length;

type DemoChannel = 'phone' | 'email' | 'walk_in';

/** Mostly by phone, as the space asks; some e-mails, and a few people booking at the desk. */
function demoChannel(faker: Faker): DemoChannel {
  return faker.helpers.weightedArrayElement([
    { value: 'phone' as const, weight: 70 },
    { value: 'email' as const, weight: 20 },
    { value: 'walk_in' as const, weight: 10 },
  ]);
}

/** When a booking was taken: on arrival for a walk-in, a few days before for a call or an e-mail. */
function takenAt(faker: Faker, date: string, channel: DemoChannel, arrival: string): string {
  if (channel === 'walk_in') return isoDateTime(parisInstant(date, arrival));
  const time = `${faker.number.int({ min: 9, max: 17 })}:${two(faker.number.int({ min: 0, max: 59 }))}`;
  return isoDateTime(parisInstant(shiftDate(date, -faker.number.int({ min: 1, max: 12 })), time));
}

/** A day as people booking see it: the seats they may book (drop-in places, desks released) and the half-days open. */
export interface BookableDay {
  date: string;
  seats: DemoSeat[];
  halves: Half[];
}

/** The first seat free for that slot, in the order given; none when the space is not open for it. */
export function freeSeat(db: Db, day: BookableDay, slot: Slot): DemoSeat | undefined {
  if (!halvesOf(slot).every((half) => day.halves.includes(half))) return undefined;
  return day.seats.find((seat) => isFree(db, seat.id, day.date, slot));
}

export type BookingOutcome = 'full' | 'booked' | 'cancelled' | 'no_show';

/**
 * A member books a free seat for the half-days they mean to come ('full' when no seat is free for
 * that slot). Now and then a booking taken ahead is cancelled the day before, or the person does not
 * come and is marked as a no-show at closing time; today's bookings are left as they are.
 */
export function bookStay(db: Db, faker: Faker, memberId: number, day: BookableDay, stay: DemoStay, today: string, stamp: string): BookingOutcome {
  const { date } = day;
  const seat = freeSeat(db, day, stay.slot);
  if (!seat) return 'full';
  const channel = demoChannel(faker);
  const input = { seat: seat.code, date, slot: stay.slot, memberId, visitorName: '', visitorContact: '', channel, note: '' };
  const taken = takenAt(faker, date, channel, stay.arrival);
  const booking = book(db, input, Date.parse(taken) > Date.parse(stamp) ? stamp : taken);
  if (channel === 'walk_in' || date >= today) return 'booked';
  const fate = faker.helpers.weightedArrayElement([
    { value: 'booked' as const, weight: 92 },
    { value: 'cancelled' as const, weight: 5 },
    { value: 'no_show' as const, weight: 3 },
  ]);
  if (fate === 'cancelled') cancelBooking(db, booking.id, isoDateTime(parisInstant(shiftDate(date, -1), '18:15')));
  if (fate === 'no_show') markNoShow(db, booking.id, isoDateTime(parisInstant(date, '18:30')));
  return fate;
}

/**
 * Desk holders away a few days a year — a week of leave, a sick day — release their desk on those open
 * days (leave announced a few weeks ahead, sickness the same morning; nothing announced after `stamp`).
 * Returns the plans released per date.
 */
export function releaseDesks(db: Db, faker: Faker, plans: DeskPlan[], days: string[], today: string, stamp: string): Map<string, DeskPlan[]> {
  const released = new Map<string, DeskPlan[]>();
  for (const plan of plans) {
    if (plan.kind !== 'permanent') continue;
    const held = days.filter((day) => day >= plan.startDate && (plan.endDate === null || day <= plan.endDate));
    const stretches = Math.floor((held.length * faker.number.float({ min: 1.5, max: 3 })) / 250);
    for (let i = 0; i < stretches; i++) {
      const start = faker.number.int({ min: 0, max: held.length - 1 });
      const sick = held[start]! <= today && faker.datatype.boolean({ probability: 0.25 });
      const length = sick ? faker.number.int({ min: 1, max: 2 }) : faker.number.int({ min: 2, max: 5 });
      const noticeDays = sick ? 0 : faker.number.int({ min: 7, max: 40 });
      for (const date of held.slice(start, start + length)) {
        const announced = isoDateTime(parisInstant(shiftDate(date, -noticeDays), sick ? '08:10' : '11:00'));
        const at = Date.parse(announced) > Date.parse(stamp) ? stamp : announced;
        releaseDesk(db, { planId: plan.planId, date, reason: sick ? 'sickness' : 'leave' }, at);
        const away = released.get(date) ?? [];
        if (!away.includes(plan)) released.set(date, [...away, plan]);
      }
    }
  }
  return released;
}

/**
 * The coming weeks are already partly booked by phone or e-mail (or at the desk on a previous visit):
 * many bookings for the next days, fewer further ahead. Returns how many were taken.
 */
export function upcomingBookings(
  db: Db,
  faker: Faker,
  days: BookableDay[],
  candidates: (date: string) => { id: number; visitsPerWeek: number }[],
  stamp: string,
): number {
  let count = 0;
  days.forEach((day, index) => {
    const eagerness = Math.max(0.1, 1 - index / days.length);
    let cells = day.seats.length * day.halves.length;
    for (const member of faker.helpers.shuffle(candidates(day.date))) {
      if (cells <= 0) break;
      if (!faker.datatype.boolean({ probability: (eagerness * member.visitsPerWeek) / 12 })) continue;
      const stay = demoStay(faker);
      const seat = freeSeat(db, day, stay.slot);
      if (!seat) continue;
      const channel = demoChannel(faker);
      const at = isoDateTime(new Date(Date.parse(stamp) - faker.number.int({ min: 0, max: Math.min(10, index + 1) * 86_400_000 })));
      book(db, { seat: seat.code, date: day.date, slot: stay.slot, memberId: member.id, visitorName: '', visitorContact: '', channel, note: '' }, at);
      cells -= cellsOf(stay.slot);
      count += 1;
    }
  });
  return count;
}
