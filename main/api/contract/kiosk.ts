import * as z from 'zod';
import { Pin, SignedIn } from '../../domain/staff/schema';
import { CharterVersion, SignInput } from '../../domain/charter/schema';
import { KioskArrival, KioskCheckIn, KioskMemberRef, KioskPerson, KioskRegistration, KioskSearch } from '../../domain/kiosk/schema';
import { Id } from '../../domain/common/schemas';
import { ALL_STAFF, KIOSK, method } from '../define';

/**
 * The arrival kiosk: staff turn their window into it; from then on that window reaches only these
 * steps — find my name or register, read and sign the charter, check in — until a staff PIN ends it.
 */
export const kioskContract = {
  'kiosk.open': method({
    summary: 'Turn this window into the arrival kiosk (full screen; leaving it needs a staff PIN)',
    input: z.strictObject({}),
    output: z.strictObject({}),
    roles: ALL_STAFF,
  }),
  'kiosk.close': method({
    summary: 'Leave the kiosk with a staff PIN; that staff member is then signed in',
    input: z.strictObject({ staffId: Id, pin: Pin }),
    output: SignedIn,
    roles: KIOSK,
    audit: 'kiosk_closed',
  }),
  'kiosk.find': method({
    summary: 'Members whose names begin with the letters typed: first name and initial only',
    input: KioskSearch,
    output: z.array(KioskPerson),
    roles: KIOSK,
  }),
  'kiosk.register': method({
    summary: 'A newcomer registers: name, e-mail or phone, profile, consent to the data-protection notice',
    input: KioskRegistration,
    output: KioskPerson,
    roles: KIOSK,
    audit: 'kiosk_registered',
    auditInput: false,
  }),
  'kiosk.charter': method({
    summary: 'The charter in force, to read before signing',
    input: z.strictObject({}),
    output: CharterVersion,
    roles: KIOSK,
  }),
  'kiosk.arrival': method({
    summary: 'Where a member stands: charter signed or not, already in, today’s bookings',
    input: KioskMemberRef,
    output: KioskArrival,
    roles: KIOSK,
  }),
  'kiosk.sign': method({
    summary: 'The member signs the charter they just read',
    input: SignInput,
    output: z.strictObject({ signatureId: z.int(), arrival: KioskArrival }),
    roles: KIOSK,
    audit: 'charter_signed',
    auditInput: false,
  }),
  'kiosk.checkIn': method({
    summary: 'The member checks in — only once the required charter version is signed',
    input: KioskMemberRef,
    output: KioskCheckIn,
    roles: KIOSK,
    audit: 'kiosk_checked_in',
  }),
};
