import { Refusal } from '../../domain/common/refusal';
import { addStaff, listStaff, resetPin, updateStaff } from '../../domain/staff/accounts';
import type { staffContract } from '../contract/staff';
import { requirePin } from './pin';
import type { HandlersFor } from './types';

export const staffHandlers: HandlersFor<typeof staffContract> = {
  'staff.list': ({ db }) => listStaff(db),
  'staff.add': ({ db, at }, input) => addStaff(db, input, at),
  'staff.update': ({ db }, input) => updateStaff(db, input),
  'staff.resetPin': ({ db }, { staffId, pin }) => resetPin(db, staffId, pin),
  'staff.changeOwnPin': (ctx, { currentPin, newPin }) => {
    const staffId = ctx.session.staff?.staffId;
    if (staffId === null || staffId === undefined) throw new Refusal('errors.auth.cli_has_no_session');
    requirePin(ctx, staffId, currentPin, 'currentPin');
    resetPin(ctx.db, staffId, newPin);
    return {};
  },
};
