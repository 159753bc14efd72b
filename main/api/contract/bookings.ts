import * as z from 'zod';
import { MemberRef } from '../../domain/members/schema';
import {
  AssignInput,
  Board,
  BookInput,
  Booking,
  BookingQuery,
  BookingRef,
  BookRoomInput,
  DateRange,
  MoveInput,
  Occupancy,
  OccupancyQuery,
  ReclaimInput,
  ReleaseInput,
} from '../../domain/bookings/schema';
import { ALL_STAFF, method } from '../define';

const MEMBER_FLAG = { memberId: 'member' };

export const bookingsContract = {
  'bookings.board': method({
    summary: 'The planning board for a range of days: seats by room, open and closed days, every taken half-day, occupancy',
    input: DateRange,
    output: Board,
    roles: ALL_STAFF,
    cli: { command: 'bookings board' },
  }),
  'bookings.list': method({
    summary: 'Bookings between two dates (live ones, or all with --all), for everyone or one member',
    input: BookingQuery,
    output: z.array(Booking),
    roles: ALL_STAFF,
    cli: { command: 'bookings list', flags: MEMBER_FLAG },
  }),
  'bookings.book': method({
    summary: 'Book a desk for a morning, an afternoon or a day, for a member or a visitor; refused on closed days and taken cells',
    input: BookInput,
    output: Booking,
    roles: ALL_STAFF,
    cli: { command: 'book', flags: MEMBER_FLAG },
  }),
  'bookings.bookRoom': method({
    summary: 'Book a room (the lounge) by the hour, within opening hours',
    input: BookRoomInput,
    output: Booking,
    roles: ALL_STAFF,
    cli: { command: 'book-room', flags: MEMBER_FLAG },
  }),
  'bookings.move': method({
    summary: 'Move a booking to another seat, date or half-day',
    input: MoveInput,
    output: Booking,
    roles: ALL_STAFF,
    cli: { command: 'move', flags: { bookingId: 'booking' } },
  }),
  'bookings.cancel': method({
    summary: 'Cancel a booking: the cell is free again, the booking stays in the history',
    input: BookingRef,
    output: Booking,
    roles: ALL_STAFF,
    cli: { command: 'cancel', flags: { bookingId: 'booking' } },
  }),
  'bookings.markNoShow': method({
    summary: 'Record that the person did not come',
    input: BookingRef,
    output: Booking,
    roles: ALL_STAFF,
    cli: { command: 'no-show', flags: { bookingId: 'booking' } },
  }),
  'bookings.assignMember': method({
    summary: 'Attach a visitor’s booking to the member record made on their arrival',
    input: AssignInput,
    output: Booking,
    roles: ALL_STAFF,
    cli: { command: 'assign', flags: { bookingId: 'booking', memberId: 'member' } },
  }),
  'bookings.releaseDesk': method({
    summary: 'A desk holder is away that day (leave, sickness): their desk can be booked by others',
    input: ReleaseInput,
    output: z.strictObject({ planId: z.int(), date: z.string() }),
    roles: ALL_STAFF,
    cli: { command: 'release', flags: { planId: 'plan' } },
  }),
  'bookings.reclaimDesk': method({
    summary: 'The holder comes after all: take a released day back (refused if someone booked it)',
    input: ReclaimInput,
    output: z.strictObject({ planId: z.int(), date: z.string() }),
    roles: ALL_STAFF,
    cli: { command: 'reclaim', flags: { planId: 'plan' } },
  }),
  'bookings.calendar': method({
    summary: 'A member’s bookings as an iCalendar file',
    input: MemberRef,
    output: z.strictObject({ fileName: z.string(), text: z.string() }),
    roles: ALL_STAFF,
  }),
  'occupancy.get': method({
    summary: 'Seat-slots used ÷ seat-slots open, by kind of seat, per day, week, month or year',
    input: OccupancyQuery,
    output: z.strictObject({ periods: z.array(Occupancy), total: Occupancy }),
    roles: ALL_STAFF,
    cli: { command: 'occupancy' },
  }),
};
