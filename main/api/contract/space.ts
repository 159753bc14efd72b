import * as z from 'zod';
import {
  AddRoomInput,
  AddSeatInput,
  RetireInput,
  Room,
  Seat,
  SeatSummary,
  UpdateRoomInput,
  UpdateSeatInput,
} from '../../domain/space/schema';
import { Id } from '../../domain/common/schemas';
import { ADMIN, ALL_STAFF, method } from '../define';

const ById = z.strictObject({ id: Id });

export const spaceContract = {
  'space.layout': method({
    summary: 'Rooms and their seats, retired ones included',
    input: z.strictObject({}),
    output: z.array(Room),
    roles: ALL_STAFF,
  }),
  'space.listSeats': method({
    summary: 'Seats in service with their room and kind (permanent, dropin, trainee, room)',
    input: z.strictObject({ includeRetired: z.boolean().default(false) }),
    output: z.array(SeatSummary),
    roles: ALL_STAFF,
    cli: { command: 'seats list' },
  }),
  'space.addRoom': method({
    summary: 'Add a room: a workspace with desks, or a meeting room booked as a whole',
    input: AddRoomInput,
    output: Room,
    roles: ADMIN,
    audit: 'space_changed',
  }),
  'space.renameRoom': method({
    summary: 'Rename a room',
    input: UpdateRoomInput,
    output: Room,
    roles: ADMIN,
    audit: 'space_changed',
  }),
  'space.retireRoom': method({
    summary: 'Take a room and its seats out of service from a date (history is kept)',
    input: RetireInput,
    output: Room,
    roles: ADMIN,
    audit: 'space_changed',
  }),
  'space.reinstateRoom': method({
    summary: 'Put a retired room back in service',
    input: ById,
    output: Room,
    roles: ADMIN,
    audit: 'space_changed',
  }),
  'space.addSeat': method({
    summary: 'Add a desk to a workspace',
    input: AddSeatInput,
    output: Seat,
    roles: ADMIN,
    audit: 'space_changed',
    cli: { command: 'seats add' },
  }),
  'space.updateSeat': method({
    summary: 'Rename a desk, change its kind or move it to another room',
    input: UpdateSeatInput,
    output: Seat,
    roles: ADMIN,
    audit: 'space_changed',
  }),
  'space.retireSeat': method({
    summary: 'Take a desk out of service from a date (history is kept)',
    input: RetireInput,
    output: Seat,
    roles: ADMIN,
    audit: 'space_changed',
  }),
  'space.reinstateSeat': method({
    summary: 'Put a retired desk back in service',
    input: ById,
    output: Seat,
    roles: ADMIN,
    audit: 'space_changed',
  }),
};
