import { Refusal } from '../../domain/common/refusal';
import { changedFields } from '../../domain/audit/changes';
import { addStaff, listStaff, resetPin, staffRow, updateStaff } from '../../domain/staff/accounts';
import type { staffContract } from '../contract/staff';
import { requirePin } from './pin';
import type { HandlersFor } from './types';

export const staffHandlers: HandlersFor<typeof staffContract> = {
  'staff.list': ({ db }) => listStaff(db),
  'staff.add': ({ db, at }, input) => addStaff(db, input, at),
  'staff.update': (ctx, input) => {
    const before = staffRow(ctx.db, input.staffId);
    const after = updateStaff(ctx.db, input);
    ctx.auditExtra.changes = changedFields({ name: before.name, role: before.role, active: before.active === 1 }, { name: after.name, role: after.role, active: after.active });
    return after;
  },
  'staff.resetPin': ({ db }, { staffId, pin }) => resetPin(db, staffId, pin),
  'staff.changeOwnPin': (ctx, { currentPin, newPin }) => {
    const staffId = ctx.session.staff?.staffId;
    if (staffId === null || staffId === undefined) throw new Refusal('errors.auth.cli_has_no_session');
    requirePin(ctx, staffId, currentPin, 'currentPin');
    resetPin(ctx.db, staffId, newPin);
    return {};
  },
};
