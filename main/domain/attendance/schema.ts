import * as z from 'zod';
import { Id, Instant, IsoDate } from '../common/schemas';

export const Coverage = z.enum(['permanent', 'trainee', 'carnet', 'dropin']);
export type Coverage = z.infer<typeof Coverage>;


export const CheckInInput = z.strictObject({
  memberId: Id,
  /** When they arrived; now when left out. */
  at: Instant.optional(),
  /** The desk they sit at, when it is not their own (a permanent or trainee seat). */
  seatCode: z.string().trim().toUpperCase().max(12).optional(),
  /** Staff agreed to the drop-in price after a carnet was refused (empty or expired). */
  asDropIn: z.boolean().default(false),
});

export const CheckOutInput = z.strictObject({ memberId: Id, at: Instant.optional() });

export const Visit = z.strictObject({
  id: Id,
  memberId: Id,
  firstName: z.string(),
  lastName: z.string(),
  date: IsoDate,
  arrivedAt: z.string(),
  leftAt: z.string().nullable(),
  seatCode: z.string().nullable(),
  coverage: Coverage.nullable(),
  /** Half-days this visit counted (a half-day already counted by an earlier visit that day is not counted again). */
  halves: z.array(z.enum(['am', 'pm'])),
  /** Whether the member signed the charter version they must have signed (or a later one). */
  charterSigned: z.boolean(),
});
export type Visit = z.infer<typeof Visit>;

export const PresenceQuery = z.strictObject({ date: IsoDate });

export const HistoryQuery = z.strictObject({ memberId: Id, limit: z.int().min(1).max(500).default(50) });
