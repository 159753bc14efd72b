import * as z from 'zod';
import { Id, IsoDate } from '../common/schemas';

export const MembershipPeriod = z.enum(['calendar', 'rolling']);

export const Membership = z.strictObject({
  id: Id,
  memberId: Id,
  startDate: IsoDate,
  endDate: IsoDate,
  priceCents: z.int(),
  paidOn: z.string().nullable(),
});
export type Membership = z.infer<typeof Membership>;

export const AddMembershipInput = z.strictObject({
  memberId: Id,
  /** The day the membership is taken; with calendar-year periods, any day of the year. */
  startDate: IsoDate,
  paid: z.boolean().default(false),
});

export const MarkPaidInput = z.strictObject({ membershipId: Id, paidOn: IsoDate });
