import { checkIn } from '../../domain/attendance/attendance';
import { signCharter } from '../../domain/charter/signatures';
import { currentVersion } from '../../domain/charter/versions';
import { Refusal } from '../../domain/common/refusal';
import { arrivalOf, findAtKiosk, registerAtKiosk } from '../../domain/kiosk/kiosk';
import type { kioskContract } from '../contract/kiosk';
import { requirePin } from './pin';
import type { HandlersFor } from './types';

export const kioskHandlers: HandlersFor<typeof kioskContract> = {
  'kiosk.open': ({ session }) => {
    if (session.transport === 'cli') throw new Refusal('errors.auth.cli_has_no_session');
    session.kiosk = { openedBy: session.staff?.name ?? '—' };
    session.staff = null;
    return {};
  },

  'kiosk.close': (ctx, { staffId, pin }) => {
    const staff = requirePin(ctx, staffId, pin);
    ctx.session.kiosk = null;
    ctx.session.staff = staff;
    ctx.session.lastActivityMs = ctx.now.getTime();
    return staff;
  },

  'kiosk.find': ({ db }, { query }) => findAtKiosk(db, query),
  'kiosk.register': ({ db, now, at }, input) => registerAtKiosk(db, input, now, at),
  'kiosk.charter': ({ db, at }) => currentVersion(db, at),
  'kiosk.arrival': ({ db, now, at }, { memberId }) => arrivalOf(db, memberId, now, at),

  'kiosk.sign': ({ db, now, at }, input) => {
    const signature = signCharter(db, input, { method: 'kiosk', witness: '' }, at);
    return { signatureId: signature.id, arrival: arrivalOf(db, input.memberId, now, at) };
  },

  // At the kiosk nobody checks in before signing: the desk may let it go, the kiosk does not.
  'kiosk.checkIn': ({ db, now, at }, { memberId }) => {
    if (!arrivalOf(db, memberId, now, at).charter.upToDate) throw new Refusal('errors.kiosk.sign_first', {}, { code: 'refused', field: 'memberId' });
    const visit = checkIn(db, { memberId, at: now, asDropIn: false });
    return { visit, arrival: arrivalOf(db, memberId, now, at) };
  },
};
