import type { Db } from '../db/open';
import { readSection } from '../domain/settings/store';
import { activeSignIn } from '../domain/staff/accounts';
import type { MessageKey } from '../i18n';
import type { MethodSpec } from './define';
import type { ErrorCode } from './result';
import type { Session } from './session';

export type AccessRefusal = { code: ErrorCode; reason: MessageKey };

/**
 * Whether this session may call `spec` now. A session left idle longer than the setting is locked;
 * a signed-in person is read back from the database on every call, so that an account deactivated or
 * given another role takes effect at once. The kiosk never locks itself (nobody is signed in there)
 * and reaches only its own methods. Writes nothing: a refused call leaves no trace.
 */
export function checkAccess(db: Db, spec: MethodSpec, session: Session, now: Date): AccessRefusal | undefined {
  if (session.kiosk) return spec.roles.includes('kiosk') ? undefined : { code: 'forbidden', reason: 'errors.kiosk.not_at_kiosk' };
  const lockedNow = expireIdle(db, session, now);
  refreshStaff(db, session);
  if (spec.roles.includes('public')) return undefined;
  if (lockedNow) return { code: 'locked', reason: 'errors.auth.idle_locked' };
  if (!session.staff) return { code: 'not_signed_in', reason: 'errors.auth.not_signed_in' };
  if (!spec.roles.includes(session.staff.role)) return { code: 'forbidden', reason: 'errors.auth.forbidden' };
  session.lastActivityMs = now.getTime();
  return undefined;
}

/**
 * The screen locks itself after the idle time and reports activity at most every half minute; the
 * server waits this much longer, so that the screen always locks first (and records why) and a
 * form typed for a long while is never refused on saving.
 */
export const SERVER_IDLE_GRACE_MINUTES = 2;

function expireIdle(db: Db, session: Session, now: Date): boolean {
  if (!session.staff || session.transport === 'cli') return false;
  const idleMs = (readSection(db, 'security').idleLockMinutes + SERVER_IDLE_GRACE_MINUTES) * 60_000;
  if (now.getTime() - session.lastActivityMs <= idleMs) return false;
  session.staff = null;
  return true;
}

function refreshStaff(db: Db, session: Session): void {
  const staffId = session.staff?.staffId;
  if (staffId === undefined || staffId === null) return;
  session.staff = activeSignIn(db, staffId) ?? null;
}
