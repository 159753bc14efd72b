import { Refusal } from '../../domain/common/refusal';
import { addStaff, listStaff, resetPin, staffRow, updateStaff } from '../../domain/staff/accounts';
import { verifyPin } from '../../domain/staff/pin';
import type { staffContract } from '../contract/staff';
import type { HandlersFor } from './types';

export const staffHandlers: HandlersFor<typeof staffContract> = {
  'staff.list': ({ db }) => listStaff(db),
  'staff.add': ({ db, at }, input) => addStaff(db, input, at),
  'staff.update': ({ db }, input) => updateStaff(db, input),
  'staff.resetPin': ({ db }, { staffId, pin }) => resetPin(db, staffId, pin),
  'staff.changeOwnPin': ({ db, session }, { currentPin, newPin }) => {
    const staffId = session.staff?.staffId;
    if (staffId === null || staffId === undefined) throw new Refusal('errors.auth.cli_has_no_session');
    if (!verifyPin(currentPin, staffRow(db, staffId).pinHash)) {
      throw new Refusal('errors.staff.current_pin_wrong', {}, { field: 'currentPin' });
    }
    resetPin(db, staffId, newPin);
    return {};
  },
};
