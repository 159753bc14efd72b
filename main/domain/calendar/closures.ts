import type { Db } from '../../db/open';
import { firstUseBetween } from '../bookings/bookings';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import type { Closure, ClosureInput } from './schema';

const SELECT = 'SELECT id, start_date AS startDate, end_date AS endDate, label FROM closures';

export function listClosures(db: Db, from?: string, to?: string): Closure[] {
  if (from && to) {
    return sql(db, `${SELECT} WHERE end_date >= ? AND start_date <= ? ORDER BY start_date`).all(from, to) as Closure[];
  }
  return sql(db, `${SELECT} ORDER BY start_date`).all() as Closure[];
}

export function addClosure(db: Db, input: ClosureInput): Closure {
  const overlapping = listClosures(db, input.startDate, input.endDate)[0];
  if (overlapping) {
    throw new Refusal('errors.calendar.closure_overlap', { label: overlapping.label }, { code: 'conflict', field: 'startDate' });
  }
  const booked = firstUseBetween(db, input.startDate, input.endDate);
  if (booked) throw new Refusal('errors.calendar.closure_booked', { ...booked }, { code: 'conflict', field: 'startDate' });
  const { lastInsertRowid } = db
    .prepare('INSERT INTO closures (start_date, end_date, label) VALUES (?, ?, ?)')
    .run(input.startDate, input.endDate, input.label);
  return { id: Number(lastInsertRowid), ...input };
}

export function removeClosure(db: Db, id: number): Closure {
  const closure = sql(db, `${SELECT} WHERE id = ?`).get(id) as Closure | undefined;
  if (!closure) throw new Refusal('errors.calendar.closure_not_found', {}, { code: 'not_found', field: 'closureId' });
  sql(db, 'DELETE FROM closures WHERE id = ?').run(id);
  return closure;
}
