import { Refusal } from '../../domain/common/refusal';
import { readSection } from '../../domain/settings/store';
import { countStaff, createFirstAdmin, listStaff } from '../../domain/staff/accounts';
import type { SignedIn } from '../../domain/staff/schema';
import { checkPin, recordFailedPin, recordSuccessfulPin } from '../../domain/staff/sign-in';
import type { CallContext } from '../context';
import type { authContract } from '../contract/auth';
import type { HandlersFor } from './types';

function signIn(ctx: CallContext, staff: SignedIn): SignedIn {
  ctx.session.staff = staff;
  ctx.session.lastActivityMs = ctx.now.getTime();
  return staff;
}

export const authHandlers: HandlersFor<typeof authContract> = {
  'auth.status': ({ db, session }) => ({
    firstRun: countStaff(db) === 0,
    setupComplete: readSection(db, 'setup').completedAt !== null,
    signedIn: session.staff,
    staff: listStaff(db)
      .filter((member) => member.active)
      .map(({ id, name, role }) => ({ id, name, role })),
    idleLockMinutes: readSection(db, 'security').idleLockMinutes,
    spaceName: readSection(db, 'identity').name,
  }),

  'auth.createFirstAdmin': (ctx, { name, pin }) => {
    const admin = createFirstAdmin(ctx.db, name, pin, ctx.at);
    return signIn(ctx, { staffId: admin.id, name: admin.name, role: admin.role });
  },

  'auth.signIn': (ctx, { staffId, pin }) => {
    const check = checkPin(ctx.db, staffId, pin, ctx.now);
    if (!check.ok) {
      ctx.evenIfRefused(() => {
        recordFailedPin(ctx.db, staffId, check.failedPins, check.lockedNow, ctx.now);
        const details = { staffId, name: check.staffName, failedPins: check.failedPins };
        ctx.audit(check.lockedNow ? 'locked_out' : 'sign_in_failed', details);
      });
      throw check.refusal;
    }
    recordSuccessfulPin(ctx.db, staffId);
    signIn(ctx, check.staff);
    ctx.audit('sign_in');
    return check.staff;
  },

  'auth.signOut': (ctx) => {
    if (ctx.session.transport === 'cli') throw new Refusal('errors.auth.cli_has_no_session');
    ctx.audit('sign_out');
    ctx.session.staff = null;
    return {};
  },
};
