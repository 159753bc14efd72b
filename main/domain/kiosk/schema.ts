import * as z from 'zod';
import { Id, requiredText } from '../common/schemas';
import { Booking } from '../bookings/schema';
import { Visit } from '../attendance/schema';
import { CharterStanding } from '../charter/schema';
import { ContactFields, PROFILES } from '../members/schema';

/** First letters of a first or last name: at least two, so the kiosk never lists everyone. */
export const KioskSearch = z.strictObject({ query: z.string().trim().min(2).max(60) });

/** What the kiosk shows of a member: a first name and an initial, never their details. */
export const KioskPerson = z.strictObject({ memberId: Id, label: z.string() });
export type KioskPerson = z.infer<typeof KioskPerson>;

export const KioskRegistration = z
  .strictObject({
    firstName: requiredText(60),
    lastName: requiredText(60),
    ...ContactFields,
    profile: z.enum(PROFILES, { error: 'validation.profile' }),
    /** The data-protection notice was shown and accepted. */
    privacyAccepted: z.literal(true, { error: 'validation.privacy_consent' }),
  })
  .refine((input) => input.email !== '' || input.phone !== '', { error: 'validation.email_or_phone', path: ['email'] });
export type KioskRegistration = z.infer<typeof KioskRegistration>;

export const KioskMemberRef = z.strictObject({ memberId: Id });

/** Where one member stands at the kiosk today. */
export const KioskArrival = z.strictObject({
  person: KioskPerson,
  charter: CharterStanding,
  /** Arrival time when they are already in. */
  inSince: z.string().nullable(),
  bookings: z.array(Booking.pick({ seat: true, slot: true, startTime: true, endTime: true })),
});
export type KioskArrival = z.infer<typeof KioskArrival>;

export const KioskCheckIn = z.strictObject({ visit: Visit, arrival: KioskArrival });
