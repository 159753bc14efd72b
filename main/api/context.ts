import type { Db } from '../db/open';
import type { AuditEvent } from '../domain/audit/schema';
import type { PreferencesStore } from './preferences';
import type { Session } from './session';

/** What a handler gets besides its validated input. */
export interface CallContext {
  readonly db: Db;
  /** Handlers may change who is signed in; the dispatcher restores it if the call is refused. */
  readonly session: Session;
  /** The clock reading for this call, and the same instant as ISO-8601 with the Paris offset. */
  readonly now: Date;
  readonly at: string;
  /** The dispatcher's clock, for work that ends after the call's instant (a report sent to the network). */
  readonly clock: () => Date;
  readonly prefs: PreferencesStore;
  /**
   * Records an audit entry attributed to the caller, inside the call's transaction; `anonymous` when
   * the person is not known (a wrong PIN is typed by whoever stands at the desk).
   */
  audit(action: AuditEvent, details?: Record<string, unknown>, options?: { anonymous?: boolean }): void;
  /** Added to the entry the contract's `audit` records for this call (e.g. the values changed). */
  auditExtra: Record<string, unknown>;
  /** Work saved even when the call ends refused, in a transaction of its own (e.g. a failed PIN). */
  evenIfRefused(work: () => void): void;
}
