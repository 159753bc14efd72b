import * as z from 'zod';
import { Id, IsoDate, optionalText, TimeOfDay } from '../common/schemas';

/** A booking's date: this century, so that day-by-day searches stay within what dates can count. */
const BookingDate = IsoDate.refine((date) => date >= '2000-01-01' && date <= '2099-12-31', { error: 'validation.booking_date' });

export const Slot = z.enum(['am', 'pm', 'day']);
export type Slot = z.infer<typeof Slot>;
export const Channel = z.enum(['phone', 'email', 'walk_in', 'kiosk']);
/** As typed: `walk-in` (the usual spelling) is read as `walk_in`. */
const ChannelInput = z.enum(['phone', 'email', 'walk_in', 'walk-in', 'kiosk']).transform((channel) => (channel === 'walk-in' ? 'walk_in' : channel));
export const BookingStatus = z.enum(['booked', 'cancelled', 'no_show', 'attended']);
export const ReleaseReason = z.enum(['leave', 'sickness', 'other']);

/** A seat by its code as people read it on the board (`A1`, `SALON`). */
const SeatCode = z.string().trim().toUpperCase().min(1).max(12);

/** Who the booking is for: a member, or someone not registered yet (a name and a way to reach them). */
const Booker = {
  memberId: Id.nullable().default(null),
  visitorName: optionalText(120).default(''),
  visitorContact: optionalText(120).default(''),
};

function needsBooker<T extends z.ZodType<{ memberId: number | null; visitorName: string; visitorContact: string }>>(schema: T) {
  return schema
    .refine((b) => b.memberId !== null || b.visitorName !== '', { error: 'validation.booker', path: ['memberId'] })
    .refine((b) => b.memberId !== null || b.visitorContact !== '', { error: 'validation.visitor_contact', path: ['visitorContact'] });
}

export const BookInput = needsBooker(
  z.strictObject({
    seat: SeatCode,
    date: BookingDate,
    slot: Slot,
    ...Booker,
    channel: ChannelInput.default('phone'),
    note: optionalText(500).default(''),
  }),
);
export type BookInput = z.infer<typeof BookInput>;

export const BookRoomInput = needsBooker(
  z
    .strictObject({
      seat: SeatCode,
      date: BookingDate,
      startTime: TimeOfDay,
      endTime: TimeOfDay,
      ...Booker,
      channel: ChannelInput.default('phone'),
      note: optionalText(500).default(''),
    })
    .refine((b) => b.endTime > b.startTime, { error: 'validation.end_time_order', path: ['endTime'] }),
);
export type BookRoomInput = z.infer<typeof BookRoomInput>;

export const BookingRef = z.strictObject({ bookingId: Id });
export const AssignInput = z.strictObject({ bookingId: Id, memberId: Id });
export const MoveInput = z.strictObject({ bookingId: Id, seat: SeatCode, date: BookingDate, slot: Slot });
export type MoveInput = z.infer<typeof MoveInput>;

export const Booking = z.strictObject({
  id: Id,
  seat: z.string(),
  seatKind: z.string(),
  date: IsoDate,
  slot: Slot.nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  memberId: Id.nullable(),
  name: z.string(),
  visitorContact: z.string(),
  channel: Channel,
  note: z.string(),
  status: BookingStatus,
  createdAt: z.string(),
});
export type Booking = z.infer<typeof Booking>;

export const BookingQuery = z
  .strictObject({
    from: IsoDate,
    to: IsoDate,
    memberId: Id.optional(),
    /** Cancelled and no-show bookings too. */
    all: z.boolean().default(false),
  })
  .refine((q) => q.to >= q.from, { error: 'validation.end_before_start', path: ['to'] });

export const ReleaseInput = z.strictObject({ planId: Id, date: BookingDate, reason: ReleaseReason.default('leave') });
export const ReclaimInput = z.strictObject({ planId: Id, date: BookingDate });

/** At most about a year and a month (a month board, a yearly report): day-by-day work stays bounded. */
const MAX_RANGE_MS = 400 * 86_400_000;

export const DateRange = z
  .strictObject({ from: BookingDate, to: BookingDate })
  .refine((q) => q.to >= q.from, { error: 'validation.end_before_start', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= MAX_RANGE_MS, { error: 'validation.range_too_long', path: ['to'] });

export const OccupancyQuery = z
  .strictObject({ from: BookingDate, to: BookingDate, by: z.enum(['day', 'week', 'month', 'year', 'all']).default('all') })
  .refine((q) => q.to >= q.from, { error: 'validation.end_before_start', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= MAX_RANGE_MS, { error: 'validation.range_too_long', path: ['to'] });

const KindFigures = z.strictObject({ kind: z.enum(['permanent', 'dropin', 'trainee']), used: z.int(), open: z.int(), rate: z.number() });

export const Occupancy = z.strictObject({
  from: IsoDate,
  to: IsoDate,
  /** Seat-slots used ÷ seat-slots open, per kind of seat and in all. */
  byKind: z.array(KindFigures),
  used: z.int(),
  open: z.int(),
  rate: z.number(),
});
export type Occupancy = z.infer<typeof Occupancy>;

/** A half-day cell of the board that is not free. */
export const BoardCell = z.strictObject({
  seat: z.string(),
  date: IsoDate,
  half: z.enum(['am', 'pm']),
  /** `booking`: a booking; `plan`: a permanent or trainee holder; `released`: the holder is away, the desk is free. */
  kind: z.enum(['booking', 'plan', 'released']),
  bookingId: Id.nullable(),
  planId: Id.nullable(),
  memberId: Id.nullable(),
  name: z.string(),
  /** How to reach a visitor who is not registered yet (members have their record). */
  visitorContact: z.string(),
  slot: Slot.nullable(),
  channel: Channel.nullable(),
  note: z.string(),
  status: BookingStatus.nullable(),
});
export type BoardCell = z.infer<typeof BoardCell>;

export const Board = z.strictObject({
  days: z.array(
    z.strictObject({
      date: IsoDate,
      open: z.boolean(),
      label: z.strictObject({ fr: z.string(), en: z.string() }).nullable(),
      halves: z.array(z.enum(['am', 'pm'])),
    }),
  ),
  rooms: z.array(
    z.strictObject({
      id: Id,
      name: z.string(),
      seats: z.array(
        z.strictObject({
          id: Id,
          code: z.string(),
          name: z.string(),
          kind: z.string(),
          /** The first day the seat (or its room) is out of service: its cells from then on are not bookable. */
          retiredOn: IsoDate.nullable(),
        }),
      ),
    }),
  ),
  cells: z.array(BoardCell),
  /** Room bookings by the hour (the lounge). */
  roomBookings: z.array(Booking),
  /** Members on the board who have not signed the charter version they must have signed. */
  unsignedCharter: z.array(Id),
  occupancy: Occupancy,
});
export type Board = z.infer<typeof Board>;

/** A booking refused because the cell is taken: who holds it and where else to go. */
export interface Alternatives {
  sameDay: string[];
  sameSeat: { date: string; slot: Slot }[];
}
