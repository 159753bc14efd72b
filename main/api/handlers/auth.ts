import { Refusal } from '../../domain/common/refusal';
import { readSection } from '../../domain/settings/store';
import { countStaff, createFirstAdmin, listStaff } from '../../domain/staff/accounts';
import type { SignedIn } from '../../domain/staff/schema';
import type { CallContext } from '../context';
import type { authContract } from '../contract/auth';
import { requirePin } from './pin';
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
    demo: readSection(db, 'setup').demoLoadedAt !== null,
    signedIn: session.staff,
    staff: listStaff(db)
      .filter((member) => member.active)
      .map(({ id, name, role }) => ({ id, name, role })),
    idleLockMinutes: readSection(db, 'security').idleLockMinutes,
    spaceName: readSection(db, 'identity').name,
    kiosk: session.kiosk !== null,
  }),

  'auth.createFirstAdmin': (ctx, { name, pin }) => {
    const admin = createFirstAdmin(ctx.db, name, pin, ctx.at);
    return signIn(ctx, { staffId: admin.id, name: admin.name, role: admin.role });
  },

  'auth.signIn': (ctx, { staffId, pin }) => {
    const staff = signIn(ctx, requirePin(ctx, staffId, pin));
    ctx.audit('sign_in');
    return staff;
  },

  'auth.signOut': (ctx, { reason }) => {
    if (ctx.session.transport === 'cli') throw new Refusal('errors.auth.cli_has_no_session');
    ctx.audit(reason === 'idle' ? 'idle_lock' : 'sign_out');
    ctx.session.staff = null;
    return {};
  },

  // The check-in happened in the dispatcher: any allowed call counts as activity.
  'auth.keepAlive': () => ({}),
};
