import type { SignedIn } from '../../domain/staff/schema';
import { checkPin, recordFailedPin, recordSuccessfulPin } from '../../domain/staff/sign-in';
import type { CallContext } from '../context';

/**
 * Checks a staff PIN wherever one is typed (the lock screen, changing one's own PIN): a wrong PIN is
 * counted towards the lockout and written to the audit log even though the call is refused.
 */
export function requirePin(ctx: CallContext, staffId: number, pin: string, field = 'pin'): SignedIn {
  const check = checkPin(ctx.db, staffId, pin, ctx.now, field);
  if (!check.ok) {
    ctx.evenIfRefused(() => {
      recordFailedPin(ctx.db, staffId, check.failedPins, check.lockedNow, ctx.now);
      const details = { staffId, name: check.staffName, failedPins: check.failedPins };
      // Who typed it is known only when it was meant to be their own PIN (changing it while signed in).
      const anonymous = ctx.session.staff?.staffId !== staffId;
      ctx.audit(check.lockedNow ? 'locked_out' : 'sign_in_failed', details, { anonymous });
    });
    throw check.refusal;
  }
  recordSuccessfulPin(ctx.db, staffId);
  return check.staff;
}
