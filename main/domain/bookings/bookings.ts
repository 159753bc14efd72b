import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { dayStatus } from '../calendar/day';
import { Refusal } from '../common/refusal';
import { requireActiveMember } from '../members/members';
import { PERSON, requireFree, requireOpen, seatInService, type SeatRow } from './holds';
import type { BookInput, Booking, BookRoomInput, MoveInput } from './schema';

const SELECT = `
  SELECT b.id, s.code AS seat, s.kind AS seatKind, b.date, b.slot, b.start_time AS startTime, b.end_time AS endTime,
         b.member_id AS memberId, ${PERSON} AS name,
         b.visitor_contact AS visitorContact, b.channel, b.note, b.status, b.created_at AS createdAt
    FROM bookings b JOIN seats s ON s.id = b.seat_id LEFT JOIN members m ON m.id = b.member_id`;

export function getBooking(db: Db, id: number): Booking {
  const row = sql(db, `${SELECT} WHERE b.id = ?`).get(id) as Booking | undefined;
  if (!row) throw new Refusal('errors.bookings.not_found', {}, { code: 'not_found', field: 'bookingId' });
  return row;
}

export function listBookings(db: Db, query: { from: string; to: string; memberId?: number; all: boolean }): Booking[] {
  const where = ['b.date BETWEEN ? AND ?'];
  const params: (string | number)[] = [query.from, query.to];
  if (!query.all) where.push("b.status IN ('booked', 'attended')");
  if (query.memberId !== undefined) {
    where.push('b.member_id = ?');
    params.push(query.memberId);
  }
  return sql(db, `${SELECT} WHERE ${where.join(' AND ')} ORDER BY b.date, s.code, b.slot, b.start_time`).all(...params) as Booking[];
}

function requireDeskSeat(seat: SeatRow): void {
  if (seat.kind === 'room') throw new Refusal('errors.bookings.room_by_the_hour', { code: seat.code }, { field: 'seat' });
}

function insertBooking(db: Db, seatId: number, input: BookInput | BookRoomInput, times: { slot: string | null; start: string | null; end: string | null }, at: string): Booking {
  if (input.memberId !== null) requireActiveMember(db, input.memberId);
  const { lastInsertRowid } = sql(
    db,
    `INSERT INTO bookings (seat_id, date, slot, start_time, end_time, member_id, visitor_name, visitor_contact, channel, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    seatId,
    input.date,
    times.slot,
    times.start,
    times.end,
    input.memberId,
    input.memberId === null ? input.visitorName : '',
    input.memberId === null ? input.visitorContact : '',
    input.channel,
    input.note,
    at,
    at,
  );
  return getBooking(db, Number(lastInsertRowid));
}

/** Books a desk for a half-day or a day: the space must be open and the cell free. */
export function book(db: Db, input: BookInput, at: string): Booking {
  const seat = seatInService(db, input.seat, input.date);
  requireDeskSeat(seat);
  requireOpen(db, input.date, input.slot);
  requireFree(db, seat, input.date, input.slot);
  return insertBooking(db, seat.id, input, { slot: input.slot, start: null, end: null }, at);
}

/** Books a room (the lounge) by the hour, within the day's opening hours. */
export function bookRoom(db: Db, input: BookRoomInput, at: string): Booking {
  const seat = seatInService(db, input.seat, input.date);
  if (seat.kind !== 'room') throw new Refusal('errors.bookings.not_a_room', { code: seat.code }, { field: 'seat' });
  const day = dayStatus(db, input.date);
  if (!day.open) throw new Refusal('errors.bookings.closed', { date: input.date, reason: day.label ?? '' }, { field: 'date' });
  const hours = day.hours;
  if (!hours.some((h) => h.start <= input.startTime && h.end >= input.endTime)) {
    throw new Refusal('errors.bookings.outside_hours', { hours: hours.map((h) => `${h.start}–${h.end}`).join(', ') || '—' }, { field: 'startTime' });
  }
  const overlap = sql(
    db,
    `SELECT ${PERSON} AS name, b.start_time AS startTime, b.end_time AS endTime
       FROM bookings b LEFT JOIN members m ON m.id = b.member_id
      WHERE b.seat_id = ? AND b.date = ? AND b.slot IS NULL AND b.status IN ('booked', 'attended') AND b.start_time < ? AND b.end_time > ?`,
  ).get(seat.id, input.date, input.endTime, input.startTime) as { name: string; startTime: string; endTime: string } | undefined;
  if (overlap) throw new Refusal('errors.bookings.room_taken', { code: seat.code, ...overlap }, { code: 'conflict', field: 'startTime' });
  return insertBooking(db, seat.id, input, { slot: null, start: input.startTime, end: input.endTime }, at);
}

function requireLive(booking: Booking): void {
  if (booking.status !== 'booked') throw new Refusal('errors.bookings.not_live', {}, { field: 'bookingId' });
}

function setStatus(db: Db, id: number, status: Booking['status'], at: string): Booking {
  sql(db, 'UPDATE bookings SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
  return getBooking(db, id);
}

export function cancelBooking(db: Db, id: number, at: string): Booking {
  requireLive(getBooking(db, id));
  return setStatus(db, id, 'cancelled', at);
}

/** The person did not come: the booking stays in the history and the cell is free again. */
export function markNoShow(db: Db, id: number, at: string): Booking {
  const booking = getBooking(db, id);
  requireLive(booking);
  // `at` is Paris time with its offset: its first ten characters are today's date there.
  if (booking.date > at.slice(0, 10)) throw new Refusal('errors.bookings.no_show_future', { date: booking.date }, { field: 'bookingId' });
  return setStatus(db, id, 'no_show', at);
}

/** Moves a half-day booking to another seat, date or slot, on the same rules as a new booking. */
export function moveBooking(db: Db, input: MoveInput, at: string): Booking {
  const booking = getBooking(db, input.bookingId);
  requireLive(booking);
  if (booking.slot === null) throw new Refusal('errors.bookings.room_by_the_hour', { code: booking.seat }, { field: 'seat' });
  const seat = seatInService(db, input.seat, input.date);
  requireDeskSeat(seat);
  requireOpen(db, input.date, input.slot);
  requireFree(db, seat, input.date, input.slot, booking.id);
  sql(db, 'UPDATE bookings SET seat_id = ?, date = ?, slot = ?, updated_at = ? WHERE id = ?').run(seat.id, input.date, input.slot, at, booking.id);
  return getBooking(db, booking.id);
}

export interface BookingInTheWay {
  name: string;
  date: string;
  seat: string;
}

/**
 * The first live booking or desk plan on these seats (all seats when none given) between two dates:
 * what stands in the way of retiring a seat or closing the space.
 */
export function firstUseBetween(db: Db, from: string, to: string, seatIds?: number[]): BookingInTheWay | undefined {
  const seats = seatIds ? `AND s.id IN (${seatIds.map(() => '?').join(', ') || 'NULL'})` : '';
  const ids = seatIds ?? [];
  const booking = sql(
    db,
    `SELECT ${PERSON} AS name, b.date, s.code AS seat FROM bookings b JOIN seats s ON s.id = b.seat_id LEFT JOIN members m ON m.id = b.member_id
      WHERE b.status = 'booked' AND b.date BETWEEN ? AND ? ${seats} ORDER BY b.date LIMIT 1`,
  ).get(from, to, ...ids) as BookingInTheWay | undefined;
  if (booking || !seatIds) return booking;
  return sql(
    db,
    `SELECT m.first_name || ' ' || m.last_name AS name, max(p.start_date, ?) AS date, s.code AS seat FROM plans p
       JOIN seats s ON s.id = p.seat_id JOIN members m ON m.id = p.member_id
      WHERE p.kind <> 'carnet' AND p.start_date <= ? AND coalesce(p.end_date, '9999-12-31') >= ? ${seats} ORDER BY p.start_date LIMIT 1`,
  ).get(from, to, from, ...ids) as BookingInTheWay | undefined;
}

/** A visitor booked before registering: on arrival their booking is attached to their new member record. */
export function assignMember(db: Db, bookingId: number, memberId: number, at: string): Booking {
  const booking = getBooking(db, bookingId);
  if (booking.memberId !== null) throw new Refusal('errors.bookings.already_member', { name: booking.name }, { field: 'bookingId' });
  requireActiveMember(db, memberId);
  sql(db, "UPDATE bookings SET member_id = ?, visitor_name = '', visitor_contact = '', updated_at = ? WHERE id = ?").run(memberId, at, bookingId);
  return getBooking(db, bookingId);
}

/** A member's identity is erased: the notes typed about their bookings go with it. */
export function eraseBookingNotes(db: Db, memberId: number): void {
  sql(db, "UPDATE bookings SET note = '' WHERE member_id = ?").run(memberId);
}

/** A member who leaves the space keeps their history; their bookings from `on` are cancelled. */
export function cancelBookingsFrom(db: Db, memberId: number, on: string, at: string): void {
  sql(db, "UPDATE bookings SET status = 'cancelled', updated_at = ? WHERE member_id = ? AND date >= ? AND status = 'booked'").run(at, memberId, on);
}

/** A member arrives: their bookings of the day are attended; the seat of the first one is where they sit. */
export function attendBookings(db: Db, memberId: number, date: string, at: string): number | null {
  const seatId = sql(db, "SELECT seat_id FROM bookings WHERE member_id = ? AND date = ? AND status = 'booked' ORDER BY slot LIMIT 1")
    .pluck()
    .get(memberId, date) as number | undefined;
  sql(db, "UPDATE bookings SET status = 'attended', updated_at = ? WHERE member_id = ? AND date = ? AND status = 'booked'").run(at, memberId, date);
  return seatId ?? null;
}
