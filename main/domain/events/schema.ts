import * as z from 'zod';
import { Id, IsoDate, requiredText } from '../common/schemas';

/** A workshop, a talk, an open day the space organised; counted in the network report. */
export const SpaceEvent = z.strictObject({
  id: Id,
  date: IsoDate,
  title: z.string(),
  participants: z.int(),
});
export type SpaceEvent = z.infer<typeof SpaceEvent>;

const EVENT_FIELDS = {
  /** The years the network report covers. */
  date: IsoDate.refine((date) => date >= '2000-01-01' && date <= '2099-12-31', { error: 'validation.event_date' }),
  title: requiredText(120),
  participants: z.int().min(0).max(100_000),
};

export const AddEventInput = z.strictObject(EVENT_FIELDS);
export type AddEventInput = z.infer<typeof AddEventInput>;
export const UpdateEventInput = z.strictObject({ eventId: Id, ...EVENT_FIELDS });
export type UpdateEventInput = z.infer<typeof UpdateEventInput>;
export const EventRef = z.strictObject({ eventId: Id });

export const EventQuery = z
  .strictObject({ from: IsoDate, to: IsoDate })
  .refine((q) => q.to >= q.from, { error: 'validation.end_before_start', path: ['to'] });
