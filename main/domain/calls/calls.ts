import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { isoDateTime } from '../common/time';
import { getMember, requireActiveMember } from '../members/members';
import { classifyNumber, type ClassifiedNumber } from './numbers';
import type { AddCallInput, Call, CallQuery, Direction } from './schema';

const SELECT = `
  SELECT c.id, c.direction, c.number, c.e164, c.class, c.started_at AS startedAt, c.duration_s AS durationSeconds,
         c.member_id AS memberId, coalesce(m.first_name || ' ' || m.last_name, '') AS memberName, c.source,
         c.import_file AS importFile, c.import_line AS importLine, c.note
    FROM calls c LEFT JOIN members m ON m.id = c.member_id`;

/** One call as it is written: the number as given, its E.164 and class, where it came from. */
export interface NewCall {
  direction: Direction;
  number: string;
  startedAt: string;
  durationSeconds: number;
  memberId: number | null;
  note: string;
  source: { file: string; line: number } | null;
}

/** Writes a call; null when the same call (start, number, duration, direction) is already logged. */
export function insertCall(db: Db, call: NewCall, at: string, classify: (number: string) => ClassifiedNumber = classifyNumber): number | null {
  const { e164, class: callClass } = classify(call.number);
  const result = sql(
    db,
    `INSERT INTO calls (direction, number, e164, class, started_at, month, duration_s, member_id, source, import_file, import_line, note, created_at)
     VALUES (?, ?, ?, ?, ?, substr(?, 1, 7), ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  ).run(
    call.direction,
    call.number,
    e164,
    callClass,
    call.startedAt,
    call.startedAt,
    call.durationSeconds,
    call.memberId,
    call.source ? 'import' : 'desk',
    call.source?.file ?? null,
    call.source?.line ?? null,
    call.note,
    at,
  );
  return result.changes === 0 ? null : Number(result.lastInsertRowid);
}

export function getCall(db: Db, id: number): Call {
  const row = sql(db, `${SELECT} WHERE c.id = ?`).get(id) as Call | undefined;
  if (!row) throw new Refusal('errors.calls.not_found', {}, { code: 'not_found', field: 'callId' });
  return row;
}

/** A call typed at the desk; refused when the very same call is already in the log. */
export function addCall(db: Db, input: AddCallInput, now: Date, at: string): Call {
  if (input.memberId !== null) requireActiveMember(db, input.memberId);
  const startedAt = input.startedAt ? isoDateTime(new Date(input.startedAt)) : isoDateTime(now);
  const id = insertCall(db, { ...input, durationSeconds: input.duration, startedAt, source: null }, at);
  if (id === null) throw new Refusal('errors.calls.duplicate', {}, { code: 'conflict', field: 'number' });
  return getCall(db, id);
}

export function listCalls(db: Db, query: CallQuery): Call[] {
  const where = ['c.month = :month'];
  if (query.memberId !== undefined) where.push('c.member_id = :memberId');
  if (query.class !== undefined) where.push('c.class = :class');
  if (query.direction !== undefined) where.push('c.direction = :direction');
  return sql(db, `${SELECT} WHERE ${where.join(' AND ')} ORDER BY c.started_at DESC, c.id DESC`).all(query) as Call[];
}

/** Every call of a member, for their right of access. */
export function callsOf(db: Db, memberId: number): Call[] {
  return sql(db, `${SELECT} WHERE c.member_id = ? ORDER BY c.started_at`).all(memberId) as Call[];
}

/** An imported call goes to the member who made it (operators' records do not know them). */
export function assignCall(db: Db, callId: number, memberId: number | null): Call {
  getCall(db, callId);
  if (memberId !== null) getMember(db, memberId);
  sql(db, 'UPDATE calls SET member_id = ? WHERE id = ?').run(memberId, callId);
  return getCall(db, callId);
}
