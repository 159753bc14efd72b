import { checkIn } from '../../domain/attendance/attendance';
import { signCharter } from '../../domain/charter/signatures';
import { currentVersion } from '../../domain/charter/versions';
import { Refusal } from '../../domain/common/refusal';
import { arrivalOf, findAtKiosk, personOf, registerAtKiosk } from '../../domain/kiosk/kiosk';
import type { kioskContract } from '../contract/kiosk';
import { requirePin } from './pin';
import type { HandlersFor } from './types';

export const kioskHandlers: HandlersFor<typeof kioskContract> = {
  // Audited here, while the staff member who opens it is still the one signed in.
  'kiosk.open': (ctx) => {
    const { session } = ctx;
    if (session.transport === 'cli') throw new Refusal('errors.auth.cli_has_no_session');
    ctx.audit('kiosk_opened');
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

  'kiosk.sign': (ctx, input) => {
    const { db, now, at } = ctx;
    const person = personOf(db, input.memberId);
    const signature = signCharter(db, input, { method: 'kiosk', witness: '' }, at);
    ctx.auditExtra = { subject: person.label, memberId: person.memberId, version: signature.version };
    return { signatureId: signature.id, arrival: arrivalOf(db, input.memberId, now, at) };
  },

  // At the kiosk nobody checks in before signing: the desk may let it go, the kiosk does not.
  'kiosk.checkIn': (ctx, { memberId }) => {
    const { db, now, at } = ctx;
    const before = arrivalOf(db, memberId, now, at);
    if (!before.charter.upToDate) throw new Refusal('errors.kiosk.sign_first', {}, { code: 'refused', field: 'memberId' });
    const visit = checkIn(db, { memberId, at: now, asDropIn: false });
    // The desk can see which arrivals the kiosk recorded (anyone there may pick any name).
    ctx.auditExtra = { subject: before.person.label, memberId };
    // Their bookings of the day are still theirs (now attended); only their arrival is new.
    return { visit, arrival: { ...before, inSince: visit.arrivedAt } };
  },
};
