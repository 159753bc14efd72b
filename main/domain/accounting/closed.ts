import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';

/** The last day of the last closed fiscal year, or null while none is closed. */
export function closedUntil(db: Db): string | null {
  return (sql(db, 'SELECT max(end) FROM closings').pluck().get() as string | null) ?? null;
}

/**
 * Refuses a document, payment or deposit dated in a closed fiscal year (the triggers refuse it too;
 * this says why, beside the field).
 */
export function assertDateOpen(db: Db, date: string, field: string): void {
  const until = closedUntil(db);
  if (until !== null && date <= until) throw new Refusal('errors.accounting.year_closed', { date, until }, { field });
}
