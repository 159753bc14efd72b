import * as z from 'zod';
import { Id, requiredText } from '../../domain/common/schemas';
import { Pin, SignedIn, StaffBadge } from '../../domain/staff/schema';
import { ALL_STAFF, ANYONE, KIOSK, method } from '../define';

export const AuthStatus = z.strictObject({
  /** No staff account yet: the first-run wizard must create the admin. */
  firstRun: z.boolean(),
  setupComplete: z.boolean(),
  /** Demonstration data is loaded: the screen says so. */
  demo: z.boolean(),
  signedIn: SignedIn.nullable(),
  /** Active accounts, for the lock screen (names and roles only). */
  staff: z.array(StaffBadge),
  idleLockMinutes: z.int(),
  spaceName: z.string(),
  /** This window is the arrival kiosk. */
  kiosk: z.boolean(),
});

export const authContract = {
  'auth.status': method({
    summary: 'Who is signed in, whether this is the first run, and the names the lock screen offers',
    input: z.strictObject({}),
    output: AuthStatus,
    roles: [...ANYONE, ...KIOSK],
  }),
  'auth.createFirstAdmin': method({
    summary: 'Create the first admin account of a new database and sign in (refused once staff exist)',
    input: z.strictObject({ name: requiredText(60), pin: Pin }),
    output: SignedIn,
    roles: ANYONE,
    audit: 'first_admin',
  }),
  'auth.signIn': method({
    summary: 'Unlock with a staff PIN (5 wrong PINs lock the account for 5 minutes)',
    input: z.strictObject({ staffId: Id, pin: Pin }),
    output: SignedIn,
    roles: ANYONE,
  }),
  'auth.signOut': method({
    summary: 'Lock the app (reason idle when the screen locked itself)',
    input: z.strictObject({ reason: z.enum(['idle']).optional() }),
    output: z.strictObject({}),
    roles: ALL_STAFF,
  }),
  'auth.keepAlive': method({
    summary: 'Tell the server the person at the desk is active (typing a long form), so it does not lock',
    input: z.strictObject({}),
    output: z.strictObject({}),
    roles: ALL_STAFF,
  }),
};
