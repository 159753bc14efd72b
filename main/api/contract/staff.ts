import * as z from 'zod';
import { Id } from '../../domain/common/schemas';
import { AddStaffInput, Pin, StaffMember, UpdateStaffInput } from '../../domain/staff/schema';
import { ADMIN, ALL_STAFF, method } from '../define';

export const staffContract = {
  'staff.list': method({
    summary: 'Staff accounts with their role and whether they are locked out',
    input: z.strictObject({}),
    output: z.array(StaffMember),
    roles: ADMIN,
    cli: { command: 'staff list' },
  }),
  'staff.add': method({
    summary: 'Create a staff account (role welcome, treasurer or admin; PIN of 4 to 8 digits)',
    input: AddStaffInput,
    output: StaffMember,
    roles: ADMIN,
    audit: 'staff_changed',
    cli: { command: 'staff add' },
  }),
  'staff.update': method({
    summary: 'Rename, change the role of, or deactivate a staff account',
    input: UpdateStaffInput,
    output: StaffMember,
    roles: ADMIN,
    audit: 'staff_changed',
  }),
  'staff.resetPin': method({
    summary: "Set a new PIN for a staff account (also lifts a lockout)",
    input: z.strictObject({ staffId: Id, pin: Pin }),
    output: StaffMember,
    roles: ADMIN,
    audit: 'pin_reset',
  }),
  'staff.changeOwnPin': method({
    summary: 'Change your own PIN',
    input: z.strictObject({ currentPin: Pin, newPin: Pin }),
    output: z.strictObject({}),
    roles: ALL_STAFF,
    audit: 'pin_reset',
  }),
};
