import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical from 'ical-generator';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { parisInstant, SPACE_TIME_ZONE } from '../common/time';
import { searchable } from '../members/list';
import { getMember } from '../members/members';
import { readSection } from '../settings/store';
import { listBookings } from './bookings';
import type { Booking } from './schema';

const SLOT_LABELS = { am: 'Matin', pm: 'Après-midi', day: 'Journée' } as const;

// ical-generator writes a native Date with the process's local clock when a time zone is set; a
// TZDate is written with the wall clock of its own zone, whatever the machine's time zone.
const paris = (instant: Date) => new TZDate(instant, SPACE_TIME_ZONE);

/** The member's live bookings as an iCalendar file, in Paris time, for their own calendar app. */
export function memberCalendar(db: Db, memberId: number, now: Date): { fileName: string; text: string } {
  const member = getMember(db, memberId);
  const identity = readSection(db, 'identity');
  const { morning, afternoon } = readSection(db, 'opening');
  const halfDays = { am: [morning.start, morning.end], pm: [afternoon.start, afternoon.end], day: [morning.start, afternoon.end] } as const;
  // « Poste formation » alone would lose the code people read on the desk.
  const seatNames = new Map((sql(db, 'SELECT code, name FROM seats').all() as { code: string; name: string }[]).map((s) => [s.code, s.name]));
  const seatLabel = (code: string) => {
    const name = seatNames.get(code) ?? code;
    return name.includes(code) ? name : `${name} (${code})`;
  };
  const town = [identity.postcode, identity.city].filter(Boolean).join(' ');
  const location = [identity.address, town].filter(Boolean).join(', ');

  const calendar = ical({
    name: ['Réservations', identity.name].filter(Boolean).join(' — '),
    prodId: { company: 'Relais', product: 'Relais', language: 'FR' },
    // No calendar-wide zone: ical-generator would then write DTSTAMP as local time, and RFC 5545 wants
    // it in UTC. Each event names its zone, and the generator adds that zone's VTIMEZONE.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const booking of listBookings(db, { from: '0000-01-01', to: '9999-12-31', memberId, all: false })) {
    const [start, end] = booking.slot ? halfDays[booking.slot] : [booking.startTime ?? '00:00', booking.endTime ?? '24:00'];
    calendar.createEvent({
      id: `booking-${booking.id}@relais`,
      stamp: now,
      start: paris(parisInstant(booking.date, start)),
      end: paris(parisInstant(booking.date, end)),
      timezone: SPACE_TIME_ZONE,
      summary: [seatLabel(booking.seat), identity.name].filter(Boolean).join(' — '),
      location: location || null,
      description: description(booking) || null,
    });
  }
  return { fileName: `reservations-${slug(member.lastName) || `membre-${memberId}`}.ics`, text: calendar.toString() };
}

function description(booking: Booking): string {
  return [booking.slot ? SLOT_LABELS[booking.slot] : '', booking.note].filter(Boolean).join('\n');
}

/** `Le Gall-Hénaff` → `le-gall-henaff`. */
function slug(text: string): string {
  return searchable(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
