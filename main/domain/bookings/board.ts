import type { Db } from '../../db/open';
import { unsignedAmong } from '../charter/signatures';
import { listBookings } from './bookings';
import { halvesOf } from './holds';
import { occupancy } from './occupancy';
import { inService, periodFacts, planCovers } from './period';
import type { Board, BoardCell } from './schema';

/**
 * The planning board for a range of dates: the days (open or closed, with the name of the holiday),
 * the seats grouped by room (with the day each goes out of service, if within the range), and every
 * half-day cell that is not free. A seat out of service for the whole range is not on the board.
 */
export function planningBoard(db: Db, from: string, to: string): Board {
  const facts = periodFacts(db, from, to);
  const rooms = new Map<number, Board['rooms'][number]>();
  for (const seat of facts.seats) {
    const room = rooms.get(seat.roomId) ?? { id: seat.roomId, name: seat.roomName, seats: [] };
    room.seats.push({ id: seat.id, code: seat.code, name: seat.name, kind: seat.kind, retiredOn: seat.retiredOn });
    rooms.set(seat.roomId, room);
  }
  const cells: BoardCell[] = [];
  const empty = { bookingId: null, planId: null, memberId: null, name: '', visitorContact: '', slot: null, channel: null, note: '', status: null } as const;
  for (const plan of facts.plans) {
    const seat = facts.seats.find((s) => s.id === plan.seatId);
    if (!seat) continue;
    for (const day of facts.days) {
      if (!planCovers(plan, day.date) || !inService(seat, day.date)) continue;
      const released = facts.releases.has(`${plan.planId} ${day.date}`);
      for (const half of day.halves) {
        cells.push({ ...empty, seat: seat.code, date: day.date, half, kind: released ? 'released' : 'plan', planId: plan.planId, memberId: plan.memberId, name: plan.name });
      }
    }
  }
  const bookings = listBookings(db, { from, to, all: false });
  for (const booking of bookings) {
    if (booking.slot === null) continue;
    for (const half of halvesOf(booking.slot)) {
      cells.push({
        seat: booking.seat,
        date: booking.date,
        half,
        kind: 'booking',
        bookingId: booking.id,
        planId: null,
        memberId: booking.memberId,
        name: booking.name,
        visitorContact: booking.visitorContact,
        slot: booking.slot,
        channel: booking.channel,
        note: booking.note,
        status: booking.status,
      });
    }
  }
  const roomBookings = bookings.filter((booking) => booking.slot === null);
  const people = [...cells, ...roomBookings].flatMap((entry) => (entry.memberId === null ? [] : [entry.memberId]));
  return {
    days: facts.days,
    rooms: [...rooms.values()],
    cells,
    roomBookings,
    unsignedCharter: unsignedAmong(db, people),
    occupancy: occupancy(db, from, to, 'all', facts).total,
  };
}
