import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { book, bookRoom, cancelBooking, markNoShow } from '../../../main/domain/bookings/bookings';
import { memberCalendar } from '../../../main/domain/bookings/ics';
import type { BookInput } from '../../../main/domain/bookings/schema';
import { Refusal } from '../../../main/domain/common/refusal';
import { addMember } from '../../../main/domain/members/members';
import { MemberInput } from '../../../main/domain/members/schema';
import { Identity } from '../../../main/domain/settings/schema';
import { readSection, writeSection } from '../../../main/domain/settings/store';
import { freshDatabase } from '../../helpers/db';
import { IDENTITY } from '../../helpers/identity';
import { LOU } from '../../helpers/members';

const AT = '2026-11-22T09:00:00+01:00';
const NOW = new Date('2026-11-22T08:00:00Z');

function setUp() {
  const { db } = freshDatabase();
  writeSection(db, 'identity', Identity.parse(IDENTITY), AT);
  const member = addMember(db, MemberInput.parse(LOU), false, '2026-11-22', AT).id;
  return { db, member };
}

function bookDesk(db: Db, memberId: number, input: Pick<BookInput, 'seat' | 'date' | 'slot'> & { note?: string }) {
  return book(db, { memberId, visitorName: '', visitorContact: '', channel: 'phone', note: '', ...input }, AT);
}

afterEach(() => ICAL.TimezoneService.reset());

/** The events of an .ics text as a calendar app reads them, its VTIMEZONE registered first. */
function eventsOf(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

function eventFor(events: ICAL.Event[], bookingId: number): ICAL.Event {
  const event = events.find((e) => e.uid === `booking-${bookingId}@relais`);
  if (!event) throw new Error(`no event for booking ${bookingId}`);
  return event;
}

/** The UTC instant of a Paris wall-clock time, the offset given by hand (+01:00 in winter, +02:00 in summer). */
const utc = (date: string, time: string, offset: '+01:00' | '+02:00') => new Date(`${date}T${time}:00${offset}`).toISOString();

function expectTimes(event: ICAL.Event, date: string, start: string, end: string, offset: '+01:00' | '+02:00') {
  for (const [time, value] of [
    [event.startDate, start],
    [event.endDate, end],
  ] as const) {
    expect(time.zone.tzid).toBe('Europe/Paris');
    expect(time.toString()).toBe(`${date}T${value}:00`);
    expect(time.toJSDate().toISOString()).toBe(utc(date, value, offset));
  }
}

describe('a member’s iCalendar file', () => {
  it('has one event per live booking, at the half-day times of the settings, in Paris time', () => {
    const { db, member } = setUp();
    const { morning, afternoon } = readSection(db, 'opening');
    const winter = bookDesk(db, member, { seat: 'B3', date: '2026-12-01', slot: 'am', note: 'Près de la fenêtre, merci' });
    const summer = bookDesk(db, member, { seat: 'A4', date: '2026-06-02', slot: 'day' });
    const afternoonOnly = bookDesk(db, member, { seat: 'B1', date: '2026-12-02', slot: 'pm' });
    const lounge = bookRoom(
      db,
      { seat: 'SALON', date: '2026-12-01', startTime: '14:00', endTime: '15:30', memberId: member, visitorName: '', visitorContact: '', channel: 'phone', note: '' },
      AT,
    );
    const cancelled = bookDesk(db, member, { seat: 'B3', date: '2026-12-03', slot: 'am' });
    cancelBooking(db, cancelled.id, AT);
    const noShow = bookDesk(db, member, { seat: 'B3', date: '2026-12-04', slot: 'am' });
    markNoShow(db, noShow.id, '2026-12-04T13:00:00+01:00');
    const other = addMember(db, MemberInput.parse({ ...LOU, firstName: 'Sam', lastName: 'Bordes', email: 'sam@example.org', phone: '06 98 76 54 32' }), true, '2026-11-22', AT).id;
    bookDesk(db, other, { seat: 'B2', date: '2026-12-01', slot: 'am' });

    const { fileName, text } = memberCalendar(db, member, NOW);

    expect(fileName).toBe('reservations-garnier.ics');
    const events = eventsOf(text);
    expect(events.map((e) => e.uid).sort()).toEqual([winter.id, summer.id, afternoonOnly.id, lounge.id].map((id) => `booking-${id}@relais`).sort());

    expectTimes(eventFor(events, winter.id), '2026-12-01', morning.start, morning.end, '+01:00');
    expectTimes(eventFor(events, summer.id), '2026-06-02', morning.start, afternoon.end, '+02:00');
    expectTimes(eventFor(events, afternoonOnly.id), '2026-12-02', afternoon.start, afternoon.end, '+01:00');
    expectTimes(eventFor(events, lounge.id), '2026-12-01', '14:00', '15:30', '+01:00');
    // The default morning, written out once: 08:30 in Paris is 07:30Z in winter and 06:30Z in summer.
    if (morning.start === '08:30') {
      expect(eventFor(events, winter.id).startDate.toJSDate().toISOString()).toBe('2026-12-01T07:30:00.000Z');
      expect(eventFor(events, summer.id).startDate.toJSDate().toISOString()).toBe('2026-06-02T06:30:00.000Z');
    }

    const desk = eventFor(events, winter.id);
    expect(desk.summary).toContain('B3');
    expect(desk.summary).toContain('Arrêt Minute');
    expect(desk.location).toContain('12 place de l’Église');
    expect(desk.location).toContain('33500 Pomerol');
    expect(desk.description).toContain('Près de la fenêtre, merci');
    expect(eventFor(events, lounge.id).summary).toContain('SALON');
    const stamp = desk.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().toISOString()).toBe(NOW.toISOString());
  });

  it('follows half-day times changed in the settings', () => {
    const { db, member } = setUp();
    const booking = bookDesk(db, member, { seat: 'B3', date: '2026-12-01', slot: 'am' });
    writeSection(db, 'opening', { ...readSection(db, 'opening'), morning: { start: '09:00', end: '12:00' } }, AT);
    expectTimes(eventFor(eventsOf(memberCalendar(db, member, NOW).text), booking.id), '2026-12-01', '09:00', '12:00', '+01:00');
  });

  it('gives Paris times whatever the time zone of the machine that writes it', () => {
    const { db, member } = setUp();
    const booking = bookDesk(db, member, { seat: 'B3', date: '2026-12-01', slot: 'am' });
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    let text: string;
    try {
      text = memberCalendar(db, member, NOW).text;
    } finally {
      process.env.TZ = zone;
    }
    const { morning } = readSection(db, 'opening');
    expectTimes(eventFor(eventsOf(text), booking.id), '2026-12-01', morning.start, morning.end, '+01:00');
  });

  it('names the file after the member’s last name, without accents or spaces', () => {
    const { db } = setUp();
    const member = addMember(db, MemberInput.parse({ ...LOU, firstName: 'Anne', lastName: 'Le Gall-Hénaff', email: 'anne@example.org', phone: '06 11 22 33 44' }), true, '2026-11-22', AT).id;
    const { fileName, text } = memberCalendar(db, member, NOW);
    expect(fileName).toBe('reservations-le-gall-henaff.ics');
    expect(eventsOf(text)).toEqual([]);
  });

  it('refuses a member who does not exist', () => {
    const { db } = setUp();
    expect(() => memberCalendar(db, 999, NOW)).toThrow(Refusal);
  });
});
