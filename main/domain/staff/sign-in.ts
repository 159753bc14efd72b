import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { staffRow } from './accounts';
import { verifyPin } from './pin';
import { clockTime, isoDateTime } from '../common/time';
import type { SignedIn } from './schema';

export const MAX_FAILED_PINS = 5;
export const LOCKOUT_MINUTES = 5;

export type PinCheck =
  | { ok: true; staff: SignedIn }
  | { ok: false; refusal: Refusal; lockedNow: boolean; failedPins: number; staffName: string };

/**
 * Checks a PIN against the lockout rule: after {@link MAX_FAILED_PINS} wrong PINs in a row the account
 * is locked for {@link LOCKOUT_MINUTES} minutes. A failed check returns, rather than throws, so that the
 * caller can record the failure even though the call itself is refused.
 */
export function checkPin(db: Db, staffId: number, pin: string, now: Date, field = 'pin'): PinCheck {
  const staff = staffRow(db, staffId);
  if (staff.active !== 1) throw new Refusal('errors.auth.inactive', { name: staff.name }, { code: 'forbidden', field: 'staffId' });
  if (staff.lockedUntil && new Date(staff.lockedUntil) > now) {
    throw new Refusal('errors.auth.locked_out', { until: clockTime(new Date(staff.lockedUntil)) }, { code: 'locked', field });
  }
  if (verifyPin(pin, staff.pinHash)) {
    return { ok: true, staff: { staffId: staff.id, name: staff.name, role: staff.role } };
  }
  const failedPins = staff.failedPins + 1;
  const lockedNow = failedPins >= MAX_FAILED_PINS;
  const refusal = lockedNow
    ? new Refusal('errors.auth.locked_out', { until: clockTime(lockoutEnd(now)) }, { code: 'locked', field })
    : new Refusal('errors.auth.wrong_pin', { left: MAX_FAILED_PINS - failedPins }, { field });
  return { ok: false, refusal, lockedNow, failedPins, staffName: staff.name };
}

const lockoutEnd = (now: Date) => new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);

/** Persists a failed attempt (and the lockout when it is the last one allowed). */
export function recordFailedPin(db: Db, staffId: number, failedPins: number, lockedNow: boolean, now: Date): void {
  if (lockedNow) {
    const until = isoDateTime(lockoutEnd(now));
    sql(db, 'UPDATE staff SET failed_pins = 0, locked_until = ? WHERE id = ?').run(until, staffId);
  } else {
    sql(db, 'UPDATE staff SET failed_pins = ? WHERE id = ?').run(failedPins, staffId);
  }
}

export function recordSuccessfulPin(db: Db, staffId: number): void {
  sql(db, 'UPDATE staff SET failed_pins = 0, locked_until = NULL WHERE id = ?').run(staffId);
}
