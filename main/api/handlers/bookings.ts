import { planningBoard } from '../../domain/bookings/board';
import { assignMember, book, bookRoom, cancelBooking, listBookings, markNoShow, moveBooking } from '../../domain/bookings/bookings';
import { memberCalendar } from '../../domain/bookings/ics';
import { occupancy } from '../../domain/bookings/occupancy';
import { reclaimDesk, releaseDesk } from '../../domain/bookings/releases';
import type { bookingsContract } from '../contract/bookings';
import type { HandlersFor } from './types';

export const bookingsHandlers: HandlersFor<typeof bookingsContract> = {
  'bookings.board': ({ db }, { from, to }) => planningBoard(db, from, to),
  'bookings.list': ({ db }, query) => listBookings(db, query),
  'bookings.book': ({ db, at }, input) => book(db, input, at),
  'bookings.bookRoom': ({ db, at }, input) => bookRoom(db, input, at),
  'bookings.move': ({ db, at }, input) => moveBooking(db, input, at),
  'bookings.cancel': ({ db, at }, { bookingId }) => cancelBooking(db, bookingId, at),
  'bookings.markNoShow': ({ db, at }, { bookingId }) => markNoShow(db, bookingId, at),
  'bookings.assignMember': ({ db, at }, { bookingId, memberId }) => assignMember(db, bookingId, memberId, at),
  'bookings.releaseDesk': ({ db, at }, input) => {
    releaseDesk(db, input, at);
    return { planId: input.planId, date: input.date };
  },
  'bookings.reclaimDesk': ({ db }, input) => {
    reclaimDesk(db, input);
    return { planId: input.planId, date: input.date };
  },
  'bookings.calendar': ({ db, now }, { memberId }) => memberCalendar(db, memberId, now),
  'occupancy.get': ({ db }, { from, to, by }) => occupancy(db, from, to, by),
};
