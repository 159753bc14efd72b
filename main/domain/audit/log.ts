import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { describeDetails } from './describe';
import type { AuditEntry, AuditEvent, AuditQuery } from './schema';

export interface AuditRecord {
  at: string;
  staffId: number | null;
  actor: string;
  action: AuditEvent;
  details?: Record<string, unknown>;
}

export function recordAudit(db: Db, record: AuditRecord): void {
  sql(db, 'INSERT INTO audit_log (at, staff_id, actor, action, details) VALUES (?, ?, ?, ?, ?)').run(
    record.at,
    record.staffId,
    record.actor,
    record.action,
    JSON.stringify(record.details ?? {}),
  );
}

/** Newest first, paged by id. */
export function listAudit(db: Db, query: AuditQuery): { entries: AuditEntry[]; more: boolean } {
  // Only the conditions given, so that a filter on the action walks the index (action, id), not the whole log.
  const where = [...(query.before === undefined ? [] : ['id < :before']), ...(query.action === undefined ? [] : ['action = :action'])];
  const rows = db
    .prepare(
      `SELECT id, at, staff_id AS staffId, actor, action, details FROM audit_log
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY id DESC LIMIT :limit`,
    )
    .all({ ...(query.before !== undefined && { before: query.before }), ...(query.action !== undefined && { action: query.action }), limit: query.limit + 1 }) as (Omit<AuditEntry, 'details' | 'summary'> & {
    details: string;
  })[];
  const entries = rows.slice(0, query.limit).map((row) => {
    const details = JSON.parse(row.details) as Record<string, unknown>;
    return { ...row, details, summary: { fr: describeDetails(details, 'fr'), en: describeDetails(details, 'en') } };
  });
  return { entries, more: rows.length > query.limit };
}

const SECRET_KEY = /pin|password|secret|token/i;

/** What an audited input looks like in the log: PINs masked, images left out. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, SECRET_KEY.test(key) ? '••••' : redact(inner)]),
    );
  }
  if (typeof value === 'string' && value.startsWith('data:')) return '[image]';
  return value;
}
