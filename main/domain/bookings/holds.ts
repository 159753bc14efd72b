import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { shiftDate } from '../common/time';
import { seatInServiceOn, type SeatInService } from '../space/layout';
import { daysBetween } from './period';
import type { Alternatives, Slot } from './schema';

export type Half = 'am' | 'pm';

export const halvesOf = (slot: Slot): Half[] => (slot === 'day' ? ['am', 'pm'] : [slot]);

export type SeatRow = SeatInService;

/** A seat in service on `date`, by its code. */
export function seatInService(db: Db, code: string, date: string): SeatRow {
  const seat = seatInServiceOn(db, code, date);
  if (!seat) throw new Refusal('errors.bookings.no_such_seat', { code }, { code: 'not_found', field: 'seat' });
  return seat;
}

/** The half-days people can book on a date: those its opening hours overlap (none when closed). */
export function halvesOffered(db: Db, date: string): Half[] {
  return daysBetween(db, date, date)[0]?.halves ?? [];
}

/** Refuses a date the space is closed (with the holiday's or closure's name) or a half it does not offer. */
export function requireOpen(db: Db, date: string, slot: Slot): void {
  const day = daysBetween(db, date, date)[0];
  if (!day?.open) throw new Refusal('errors.bookings.closed', { date, reason: day?.label ?? '' }, { field: 'date' });
  if (halvesOf(slot).some((half) => !day.halves.includes(half))) throw new Refusal('errors.bookings.slot_closed', { date }, { field: 'slot' });
}

/** Who a booking is for, in SQL over `bookings b LEFT JOIN members m`: the member, or the visitor. */
export const PERSON = "coalesce(m.first_name || ' ' || m.last_name, b.visitor_name)";

export interface Holder {
  name: string;
  bookingId: number | null;
  planId: number | null;
}

const BOOKING_HOLDER = `
  SELECT ${PERSON} AS name, b.id AS bookingId, NULL AS planId
    FROM seat_holds h JOIN bookings b ON b.id = h.booking_id LEFT JOIN members m ON m.id = b.member_id
   WHERE h.seat_id = ? AND h.date = ? AND h.half = ? AND b.id <> ?`;

const PLAN_HOLDER = `
  SELECT m.first_name || ' ' || m.last_name AS name, NULL AS bookingId, p.id AS planId
    FROM plans p JOIN members m ON m.id = p.member_id
   WHERE p.seat_id = ? AND p.kind <> 'carnet' AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)
     AND NOT EXISTS (SELECT 1 FROM desk_releases r WHERE r.plan_id = p.id AND r.date = ?)`;

/** Who holds a seat on a half-day (a booking other than `ignoreBooking`, or a plan), if anyone. */
export function holderOf(db: Db, seatId: number, date: string, half: Half, ignoreBooking = 0): Holder | undefined {
  return (
    (sql(db, BOOKING_HOLDER).get(seatId, date, half, ignoreBooking) as Holder | undefined) ??
    (sql(db, PLAN_HOLDER).get(seatId, date, date, date) as Holder | undefined)
  );
}

export function isFree(db: Db, seatId: number, date: string, slot: Slot, ignoreBooking = 0): boolean {
  return halvesOf(slot).every((half) => !holderOf(db, seatId, date, half, ignoreBooking));
}

const SAME_KIND = `
  SELECT s.id, s.code, s.kind FROM seats s JOIN rooms r ON r.id = s.room_id
   WHERE s.kind = ? AND (s.retired_on IS NULL OR s.retired_on > ?) AND (r.retired_on IS NULL OR r.retired_on > ?)
   ORDER BY r.sort, s.sort`;

/** Where else to go: free seats of the same kind that day, and the next open days this seat is free. */
export function alternatives(db: Db, seat: SeatRow, date: string, slot: Slot, ignoreBooking = 0): Alternatives {
  const sameDay = (sql(db, SAME_KIND).all(seat.kind, date, date) as SeatRow[])
    .filter((other) => other.id !== seat.id && isFree(db, other.id, date, slot, ignoreBooking))
    .map((other) => other.code);
  const sameSeat: Alternatives['sameSeat'] = [];
  for (let offset = 1; offset <= 31 && sameSeat.length < 3; offset++) {
    const next = shiftDate(date, offset);
    const offered = halvesOffered(db, next);
    if (halvesOf(slot).every((half) => offered.includes(half)) && isFree(db, seat.id, next, slot, ignoreBooking)) sameSeat.push({ date: next, slot });
  }
  return { sameDay, sameSeat };
}

const HALF_NAMES = { am: { fr: 'le matin', en: 'in the morning' }, pm: { fr: 'l’après-midi', en: 'in the afternoon' } } as const;

/** Refuses a taken cell, naming who holds it and the nearest free alternatives. */
export function requireFree(db: Db, seat: SeatRow, date: string, slot: Slot, ignoreBooking = 0): void {
  for (const half of halvesOf(slot)) {
    const holder = holderOf(db, seat.id, date, half, ignoreBooking);
    if (!holder) continue;
    const options = alternatives(db, seat, date, slot, ignoreBooking);
    const none = { fr: 'aucun', en: 'none' };
    const dates = options.sameSeat.map((option) => option.date.split('-').reverse().join('/')).join(', ');
    throw new Refusal(
      dates ? 'errors.bookings.taken' : 'errors.bookings.taken_no_alternative',
      { code: seat.code, name: holder.name, half: HALF_NAMES[half], sameDay: options.sameDay.join(', ') || none, dates },
      { code: 'conflict', field: 'seat', details: { holder: holder.name, ...options } },
    );
  }
}
