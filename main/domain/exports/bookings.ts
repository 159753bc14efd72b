import type { Db } from '../../db/open';
import { listBookings } from '../bookings/bookings';
import type { Booking } from '../bookings/schema';
import { columns, day, dayTime, label, text, toCsv, type CsvTable } from './format';
import type { Period } from './schema';

/** `matin`, `après-midi`, `journée`; a room booked by the hour, `14:00–16:00`. */
function slotOf(booking: Booking): string {
  return booking.slot ? label('slot', booking.slot) : `${booking.startTime ?? ''}–${booking.endTime ?? ''}`;
}

const BOOKING_COLUMNS = columns<Booking>('bookings', [
  ['id', (b) => b.id],
  ['date', (b) => day(b.date)],
  ['slot', slotOf],
  ['seat', (b) => b.seat],
  ['seatKind', (b) => label('seatKind', b.seatKind)],
  ['memberId', (b) => b.memberId ?? ''],
  ['name', (b) => text(b.name)],
  ['channel', (b) => label('channel', b.channel)],
  ['status', (b) => label('status', b.status)],
  ['bookedAt', (b) => dayTime(b.createdAt)],
]);

/**
 * Every booking of the period, cancelled and no-shows included, by day and seat. A visitor not
 * registered yet appears by the name given, without a member number (their contact stays out).
 */
export function bookingsCsv(db: Db, period: Period): CsvTable {
  return toCsv(BOOKING_COLUMNS, listBookings(db, { ...period, all: true }));
}
