import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import type { NetworkSending } from './schema';
import type { SendOutcome } from './send';

export interface SendingStart {
  at: string;
  staffName: string;
  url: string;
  periodStart: string;
  periodEnd: string;
  body: string;
  sha256: string;
}

/** Logged before the request leaves, so that a send cut short still shows (as `pending`). */
export function startSending(db: Db, start: SendingStart): number {
  const { lastInsertRowid } = sql(
    db,
    `INSERT INTO network_sendings (started_at, staff_name, url, period_start, period_end, body, sha256)
     VALUES (@at, @staffName, @url, @periodStart, @periodEnd, @body, @sha256)`,
  ).run(start);
  return Number(lastInsertRowid);
}

export function finishSending(db: Db, id: number, outcome: SendOutcome, at: string): void {
  sql(db, 'UPDATE network_sendings SET finished_at = ?, status = ?, http_status = ?, failure = ?, detail = ? WHERE id = ?').run(
    at,
    outcome.status,
    outcome.httpStatus,
    outcome.status === 'failed' ? outcome.failure : null,
    outcome.detail,
    id,
  );
}

/** The log of what was sent to the network, newest first. */
export function listSendings(db: Db, limit = 200): NetworkSending[] {
  return sql(
    db,
    `SELECT id, started_at AS startedAt, finished_at AS finishedAt, staff_name AS staffName, url, period_start AS periodStart,
            period_end AS periodEnd, sha256, length(CAST(body AS BLOB)) AS bytes, status, http_status AS httpStatus, failure, detail
       FROM network_sendings ORDER BY id DESC LIMIT ?`,
  ).all(limit) as NetworkSending[];
}

/** The exact body of one sending, as it left. */
export function sentBody(db: Db, id: number): string | undefined {
  return sql(db, 'SELECT body FROM network_sendings WHERE id = ?').pluck().get(id) as string | undefined;
}
