import * as z from 'zod';
import { Id, IsoDate, requiredText } from '../common/schemas';

export const SEAT_KINDS = ['permanent', 'dropin', 'trainee', 'room'] as const;
export const SeatKind = z.enum(SEAT_KINDS);
export type SeatKind = z.infer<typeof SeatKind>;

export const ROOM_KINDS = ['workspace', 'meeting'] as const;
export const RoomKind = z.enum(ROOM_KINDS);
export type RoomKind = z.infer<typeof RoomKind>;

/** A short code people type (`A1`, `SALON`): letters, digits and dashes, stored in capitals. */
export const Code = z
  .string()
  .trim()
  .overwrite((v) => v.toUpperCase())
  .regex(/^[A-Z0-9][A-Z0-9-]{0,11}$/, { error: 'validation.code' });

export const Seat = z.strictObject({
  id: Id,
  code: z.string(),
  name: z.string(),
  kind: SeatKind,
  retiredOn: z.string().nullable(),
});
export type Seat = z.infer<typeof Seat>;

export const Room = z.strictObject({
  id: Id,
  code: z.string(),
  name: z.string(),
  kind: RoomKind,
  retiredOn: z.string().nullable(),
  seats: z.array(Seat),
});
export type Room = z.infer<typeof Room>;

/** The flat list `relais seats list --json` prints. */
export const SeatSummary = z.strictObject({
  code: z.string(),
  name: z.string(),
  room: z.string(),
  kind: SeatKind,
});
export type SeatSummary = z.infer<typeof SeatSummary>;

export const AddRoomInput = z.strictObject({ code: Code, name: requiredText(60), kind: RoomKind });
export type AddRoomInput = z.infer<typeof AddRoomInput>;

export const UpdateRoomInput = z.strictObject({ roomId: Id, name: requiredText(60) });

/** A desk kind: the whole-room kind belongs to meeting rooms and is set by the app. */
export const DeskKind = z.enum(['permanent', 'dropin', 'trainee']);

export const AddSeatInput = z.strictObject({ roomId: Id, code: Code, name: requiredText(60), kind: DeskKind });
export type AddSeatInput = z.infer<typeof AddSeatInput>;

export const UpdateSeatInput = z.strictObject({ seatId: Id, name: requiredText(60), kind: DeskKind, roomId: Id });
export type UpdateSeatInput = z.infer<typeof UpdateSeatInput>;

export const RetireInput = z.strictObject({ id: Id, on: IsoDate });
