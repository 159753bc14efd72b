import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import type { AddEventInput, SpaceEvent, UpdateEventInput } from './schema';

const COLUMNS = 'id, date, title, participants';

export function listEvents(db: Db, from: string, to: string): SpaceEvent[] {
  return sql(db, `SELECT ${COLUMNS} FROM events WHERE date BETWEEN ? AND ? ORDER BY date DESC, id DESC`).all(from, to) as SpaceEvent[];
}

function eventById(db: Db, eventId: number): SpaceEvent {
  const event = sql(db, `SELECT ${COLUMNS} FROM events WHERE id = ?`).get(eventId) as SpaceEvent | undefined;
  if (!event) throw new Refusal('errors.events.not_found', { id: eventId }, { field: 'eventId' });
  return event;
}

export function addEvent(db: Db, input: AddEventInput, at: string): SpaceEvent {
  const { lastInsertRowid } = sql(db, 'INSERT INTO events (date, title, participants, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    input.date,
    input.title,
    input.participants,
    at,
    at,
  );
  return eventById(db, Number(lastInsertRowid));
}

export function updateEvent(db: Db, input: UpdateEventInput, at: string): SpaceEvent {
  eventById(db, input.eventId);
  sql(db, 'UPDATE events SET date = ?, title = ?, participants = ?, updated_at = ? WHERE id = ?').run(input.date, input.title, input.participants, at, input.eventId);
  return eventById(db, input.eventId);
}

/** Events are not legal records: one typed by mistake is simply removed. */
export function removeEvent(db: Db, eventId: number): SpaceEvent {
  const event = eventById(db, eventId);
  sql(db, 'DELETE FROM events WHERE id = ?').run(eventId);
  return event;
}
