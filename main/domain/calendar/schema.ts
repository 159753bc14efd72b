import * as z from 'zod';
import { Id, IsoDate, requiredText } from '../common/schemas';

export const Closure = z.strictObject({
  id: Id,
  startDate: IsoDate,
  endDate: IsoDate,
  label: z.string(),
});
export type Closure = z.infer<typeof Closure>;

export const ClosureInput = z
  .strictObject({ startDate: IsoDate, endDate: IsoDate, label: requiredText(80) })
  .refine((c) => c.endDate >= c.startDate, { error: 'validation.end_before_start', path: ['endDate'] });
export type ClosureInput = z.infer<typeof ClosureInput>;

export const Holiday = z.strictObject({
  date: IsoDate,
  name: z.strictObject({ fr: z.string(), en: z.string() }),
});

/** Why a day is closed, when it is. */
export const DayStatus = z.strictObject({
  date: IsoDate,
  open: z.boolean(),
  reason: z.enum(['holiday', 'closure', 'weekday']).nullable(),
  label: z.strictObject({ fr: z.string(), en: z.string() }).nullable(),
  hours: z.array(z.strictObject({ start: z.string(), end: z.string() })),
});
export type DayStatus = z.infer<typeof DayStatus>;

export const WeeklyHours = z.array(z.array(z.strictObject({ start: z.string(), end: z.string() })));
