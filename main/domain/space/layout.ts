import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { firstUseBetween } from '../bookings/bookings';
import { Refusal } from '../common/refusal';
import type { AddRoomInput, AddSeatInput, Room, Seat, SeatSummary, UpdateSeatInput } from './schema';

interface RoomRow extends Omit<Room, 'seats'> {
  sort: number;
}
interface SeatRow extends Seat {
  roomId: number;
}

const ROOM_COLUMNS = 'id, code, name, kind, sort, retired_on AS retiredOn';
const SEAT_COLUMNS = 'id, code, name, kind, room_id AS roomId, retired_on AS retiredOn';

/** Rooms in their order, each with its seats, retired ones included (they keep their history). */
export function spaceLayout(db: Db): Room[] {
  const rooms = sql(db, `SELECT ${ROOM_COLUMNS} FROM rooms ORDER BY sort, id`).all() as RoomRow[];
  const seats = sql(db, `SELECT ${SEAT_COLUMNS} FROM seats ORDER BY sort, id`).all() as SeatRow[];
  return rooms.map(({ sort: _sort, ...room }) => ({
    ...room,
    seats: seats.filter((seat) => seat.roomId === room.id).map(({ roomId: _roomId, ...seat }) => seat),
  }));
}

export interface SeatInService {
  id: number;
  code: string;
  kind: Seat['kind'];
}

/** A seat by its code, if it (and its room) is in service on `date`. */
export function seatInServiceOn(db: Db, code: string, date: string): SeatInService | undefined {
  return sql(
    db,
    `SELECT s.id, s.code, s.kind FROM seats s JOIN rooms r ON r.id = s.room_id
      WHERE s.code = ? AND (s.retired_on IS NULL OR s.retired_on > ?) AND (r.retired_on IS NULL OR r.retired_on > ?)`,
  ).get(code, date, date) as SeatInService | undefined;
}

/**
 * Seats in service on `date`, with their room's name. `retired_on` is the first day out of service,
 * of a seat or of its whole room: a seat is in service while neither date has come.
 */
export function listSeats(db: Db, date: string, includeRetired = false): SeatSummary[] {
  return db
    .prepare(
      `SELECT s.code, s.name, r.name AS room, s.kind
         FROM seats s JOIN rooms r ON r.id = s.room_id
        WHERE :all OR ((s.retired_on IS NULL OR s.retired_on > :date) AND (r.retired_on IS NULL OR r.retired_on > :date))
        ORDER BY r.sort, s.sort, s.id`,
    )
    .all({ all: includeRetired ? 1 : 0, date }) as SeatSummary[];
}

/** Out of service on `today` (a retirement planned for later does not count yet). */
const retiredBy = (retiredOn: string | null, today: string) => retiredOn !== null && retiredOn <= today;

function room(db: Db, id: number): RoomRow {
  const row = sql(db, `SELECT ${ROOM_COLUMNS} FROM rooms WHERE id = ?`).get(id) as RoomRow | undefined;
  if (!row) throw new Refusal('errors.space.room_not_found', {}, { code: 'not_found', field: 'roomId' });
  return row;
}

function seat(db: Db, id: number): SeatRow {
  const row = sql(db, `SELECT ${SEAT_COLUMNS} FROM seats WHERE id = ?`).get(id) as SeatRow | undefined;
  if (!row) throw new Refusal('errors.space.seat_not_found', {}, { code: 'not_found', field: 'seatId' });
  return row;
}

/** One code, one thing: a code names a single room or seat (a meeting room and its seat share theirs). */
function refuseTakenCode(db: Db, code: string): void {
  const taken = sql(db, 'SELECT name FROM rooms WHERE code = :code UNION ALL SELECT name FROM seats WHERE code = :code').get({ code }) as
    | { name: string }
    | undefined;
  if (taken) throw new Refusal('errors.space.code_taken', { code, name: taken.name }, { code: 'conflict', field: 'code' });
}

function nextSort(db: Db, table: 'rooms' | 'seats'): number {
  return (sql(db, `SELECT coalesce(max(sort), 0) + 1 AS next FROM ${table}`).get() as { next: number }).next;
}

/** A new room. A meeting room is booked as a whole, so it comes with one seat of kind `room`. */
export function addRoom(db: Db, input: AddRoomInput): Room {
  refuseTakenCode(db, input.code);
  const { lastInsertRowid } = db
    .prepare('INSERT INTO rooms (code, name, kind, sort) VALUES (?, ?, ?, ?)')
    .run(input.code, input.name, input.kind, nextSort(db, 'rooms'));
  const roomId = Number(lastInsertRowid);
  if (input.kind === 'meeting') {
    sql(db, "INSERT INTO seats (code, name, room_id, kind, sort) VALUES (?, ?, ?, 'room', ?)").run(
      input.code,
      input.name,
      roomId,
      nextSort(db, 'seats'),
    );
  }
  return findRoom(db, roomId);
}

function findRoom(db: Db, id: number): Room {
  const found = spaceLayout(db).find((r) => r.id === id);
  if (!found) throw new Refusal('errors.space.room_not_found', {}, { code: 'not_found', field: 'roomId' });
  return found;
}

export function renameRoom(db: Db, roomId: number, name: string): Room {
  const current = room(db, roomId);
  sql(db, 'UPDATE rooms SET name = ? WHERE id = ?').run(name, roomId);
  if (current.kind === 'meeting') sql(db, "UPDATE seats SET name = ? WHERE room_id = ? AND kind = 'room'").run(name, roomId);
  return findRoom(db, roomId);
}

/** Takes a room out of service from `on`; its seats go with it (their own dates are kept). */
/** A seat booked or held by a plan from `on` cannot go out of service: the booking would vanish from the board. */
function refuseIfInUse(db: Db, on: string, seatIds: number[]): void {
  const inUse = firstUseBetween(db, on, '9999-12-31', seatIds);
  if (inUse) throw new Refusal('errors.space.seat_in_use', { ...inUse }, { code: 'conflict', field: 'on' });
}

export function retireRoom(db: Db, roomId: number, on: string): Room {
  const current = room(db, roomId);
  if (current.retiredOn) refuseRetiredAgain(current.name, current.retiredOn);
  refuseIfInUse(db, on, sql(db, 'SELECT id FROM seats WHERE room_id = ?').pluck().all(roomId) as number[]);
  sql(db, 'UPDATE rooms SET retired_on = ? WHERE id = ?').run(on, roomId);
  return findRoom(db, roomId);
}

/** Puts a room back in service; its seats are in service again unless they were retired themselves. */
export function reinstateRoom(db: Db, roomId: number): Room {
  const current = room(db, roomId);
  if (!current.retiredOn) throw new Refusal('errors.space.not_retired', { name: current.name }, { field: 'id' });
  sql(db, 'UPDATE rooms SET retired_on = NULL WHERE id = ?').run(roomId);
  return findRoom(db, roomId);
}

function refuseRetiredAgain(name: string, retiredOn: string): never {
  throw new Refusal('errors.space.already_retired', { name, date: retiredOn }, { field: 'id' });
}

/** Desks go in a workspace that is in service (one retiring later still takes them until then). */
function refuseAsDeskRoom(target: RoomRow, today: string): void {
  if (target.kind === 'meeting') throw new Refusal('errors.space.meeting_room_has_no_desks', { name: target.name }, { field: 'roomId' });
  if (retiredBy(target.retiredOn, today)) throw new Refusal('errors.space.room_retired', { name: target.name }, { field: 'roomId' });
}

export function addSeat(db: Db, input: AddSeatInput, today: string): Seat {
  refuseAsDeskRoom(room(db, input.roomId), today);
  refuseTakenCode(db, input.code);
  const { lastInsertRowid } = db
    .prepare('INSERT INTO seats (code, name, room_id, kind, sort) VALUES (?, ?, ?, ?, ?)')
    .run(input.code, input.name, input.roomId, input.kind, nextSort(db, 'seats'));
  return publicSeat(seat(db, Number(lastInsertRowid)));
}

export function updateSeat(db: Db, input: UpdateSeatInput, today: string): Seat {
  const current = seat(db, input.seatId);
  if (current.kind === 'room') throw new Refusal('errors.space.edit_room_not_seat', { name: current.name }, { field: 'seatId' });
  if (input.roomId !== current.roomId) refuseAsDeskRoom(room(db, input.roomId), today);
  sql(db, 'UPDATE seats SET name = ?, kind = ?, room_id = ? WHERE id = ?').run(input.name, input.kind, input.roomId, input.seatId);
  return publicSeat(seat(db, input.seatId));
}

export function retireSeat(db: Db, seatId: number, on: string): Seat {
  const current = seat(db, seatId);
  if (current.retiredOn) refuseRetiredAgain(current.name, current.retiredOn);
  refuseIfInUse(db, on, [seatId]);
  sql(db, 'UPDATE seats SET retired_on = ? WHERE id = ?').run(on, seatId);
  return publicSeat(seat(db, seatId));
}

export function reinstateSeat(db: Db, seatId: number, today: string): Seat {
  const current = seat(db, seatId);
  if (!current.retiredOn) throw new Refusal('errors.space.not_retired', { name: current.name }, { field: 'id' });
  const target = room(db, current.roomId);
  if (retiredBy(target.retiredOn, today)) throw new Refusal('errors.space.room_retired', { name: target.name }, { field: 'id' });
  sql(db, 'UPDATE seats SET retired_on = NULL WHERE id = ?').run(seatId);
  return publicSeat(seat(db, seatId));
}

function publicSeat({ roomId: _roomId, ...rest }: SeatRow): Seat {
  return rest;
}
