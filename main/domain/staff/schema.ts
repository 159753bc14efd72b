import * as z from 'zod';
import { Id, requiredText } from '../common/schemas';

export const StaffRole = z.enum(['welcome', 'treasurer', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;

/** 4 to 8 digits. */
export const Pin = z.string().regex(/^\d{4,8}$/, { error: 'validation.pin' });

export const StaffMember = z.strictObject({
  id: Id,
  name: z.string(),
  role: StaffRole,
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type StaffMember = z.infer<typeof StaffMember>;

/** What the lock screen shows: names only. */
export const StaffBadge = z.strictObject({ id: Id, name: z.string(), role: StaffRole });

export const AddStaffInput = z.strictObject({ name: requiredText(60), role: StaffRole, pin: Pin });
export type AddStaffInput = z.infer<typeof AddStaffInput>;

export const UpdateStaffInput = z.strictObject({ staffId: Id, name: requiredText(60), role: StaffRole, active: z.boolean() });
export type UpdateStaffInput = z.infer<typeof UpdateStaffInput>;

export const SignedIn = z.strictObject({ staffId: Id.nullable(), name: z.string(), role: StaffRole });
export type SignedIn = z.infer<typeof SignedIn>;
