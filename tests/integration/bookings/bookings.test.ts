import { describe, expect, it } from 'vitest';
import { cliSession } from '../../../main/api/session';
import type { Db } from '../../../main/db/open';
import { dispatcherWithAdmin, expectOk, manualClock, plain, snapshot } from '../../helpers/db';
import { addMember } from '../../helpers/members';

function setUp() {
  const clock = manualClock('2026-11-27T09:00:00+01:00');
  const space = dispatcherWithAdmin({ clock: clock.now });
  const desk = cliSession();
  const lou = addMember(space.dispatch, desk);
  const sam = addMember(space.dispatch, desk, { firstName: 'Sam', lastName: 'Leroy', email: 'sam@example.org', phone: '06 98 76 54 32' });
  return { ...space, desk, lou, sam };
}

type Space = ReturnType<typeof setUp>;

const book = (space: Space, memberId: number, seat: string, date: string, slot: 'am' | 'pm' | 'day') =>
  space.dispatch(space.desk, 'bookings.book', { seat, date, slot, memberId, channel: 'phone' });

const seatId = (space: Space, code: string) => space.db.prepare('SELECT id FROM seats WHERE code = ?').pluck().get(code) as number;

/** Gives `memberId` the permanent desk `code` from `startDate`, and returns the plan's id. */
const giveDesk = (space: Space, memberId: number, code: string, startDate = '2026-11-02', endDate: string | null = null) =>
  (expectOk(space.dispatch(space.desk, 'plans.add', { kind: 'permanent', memberId, seatId: seatId(space, code), startDate, endDate })) as { id: number }).id;

const refusal = (result: { ok: boolean; error?: { message: string; details?: Record<string, unknown> } }) => {
  expect(result.ok).toBe(false);
  return { message: plain(result.error?.message), details: result.error?.details ?? {} };
};

const liveOn = (db: Db, seat: string, date: string) =>
  db
    .prepare("SELECT b.slot FROM bookings b JOIN seats s ON s.id = b.seat_id WHERE s.code = ? AND b.date = ? AND b.status IN ('booked', 'attended') ORDER BY b.id")
    .pluck()
    .all(seat, date);

describe('a booking', () => {
  it('of a taken cell is refused with the holder’s name and free alternatives, and writes nothing', () => {
    const space = setUp();
    expectOk(book(space, space.lou, 'A4', '2026-12-01', 'am'));
    const before = snapshot(space.db);
    // A whole day conflicts with the morning.
    const taken = refusal(book(space, space.sam, 'A4', '2026-12-01', 'day'));
    expect(taken.message).toContain('Lou Garnier');
    expect(taken.details.sameDay).toEqual(['B3']);
    expect(taken.details.sameSeat).toEqual([
      { date: '2026-12-02', slot: 'day' },
      { date: '2026-12-03', slot: 'day' },
      { date: '2026-12-04', slot: 'day' },
    ]);
    expect(taken.message).toBe('Le poste A4 est déjà réservé le matin par Lou Garnier. Libres ce jour-là : B3. Le poste A4 est libre le 02/12/2026, 03/12/2026, 04/12/2026.');
    expect(snapshot(space.db)).toBe(before);
    // The afternoon is still free.
    expectOk(book(space, space.sam, 'A4', '2026-12-01', 'pm'));
    expect(liveOn(space.db, 'A4', '2026-12-01')).toEqual(['am', 'pm']);
  });

  it('that would double-book a seat is refused by the database itself, even by a direct INSERT', () => {
    const space = setUp();
    expectOk(book(space, space.lou, 'A4', '2026-12-01', 'day'));
    const insert = (slot: string) =>
      space.db
        .prepare(
          `INSERT INTO bookings (seat_id, date, slot, member_id, channel, created_at, updated_at)
           VALUES ((SELECT id FROM seats WHERE code = 'A4'), '2026-12-01', ?, ?, 'phone', 'now', 'now')`,
        )
        .run(slot, space.sam);
    expect(() => insert('pm')).toThrow(/UNIQUE constraint failed: seat_holds/);
    expect(() => insert('day')).toThrow(/UNIQUE constraint failed: seat_holds/);
    // Revived from cancelled onto a taken cell: refused as well.
    space.db.prepare("UPDATE bookings SET status = 'cancelled'").run();
    insert('am');
    expect(() => space.db.prepare("UPDATE bookings SET status = 'booked' WHERE slot = 'day'").run()).toThrow(/UNIQUE constraint failed/);
    expect(liveOn(space.db, 'A4', '2026-12-01')).toEqual(['am']);
    expect(() => space.db.prepare('DELETE FROM bookings').run()).toThrow(/never deleted/);
  });

  it('on a public holiday is refused with the holiday’s name', () => {
    const space = setUp();
    const holidays = expectOk(space.dispatch(space.desk, 'calendar.holidays', { year: 2026 })) as { date: string; name: { fr: string } }[];
    const armistice = holidays.find((holiday) => holiday.date === '2026-11-11');
    const closed = refusal(book(space, space.lou, 'A4', '2026-11-11', 'am'));
    expect(closed.message).toBe(`L’espace est fermé le 11/11/2026 (${armistice?.name.fr}). Choisissez un jour d’ouverture.`);
    expect(refusal(book(space, space.lou, 'A4', '2026-12-05', 'am')).message).toContain('samedi');
    expect(liveOn(space.db, 'A4', '2026-11-11')).toEqual([]);
  });

  it('moved onto an occupied cell is refused with alternatives; onto a free one it moves', () => {
    const space = setUp();
    expectOk(book(space, space.lou, 'A4', '2026-12-01', 'am'));
    const sams = expectOk(book(space, space.sam, 'B3', '2026-12-01', 'am')) as { id: number };
    const moved = refusal(space.dispatch(space.desk, 'bookings.move', { bookingId: sams.id, seat: 'A4', date: '2026-12-01', slot: 'am' }));
    expect(moved.message).toContain('Lou Garnier');
    // Sam's own booking does not count against itself: B3 is offered back.
    expect(moved.details.sameDay).toEqual(['B3']);
    expectOk(space.dispatch(space.desk, 'bookings.move', { bookingId: sams.id, seat: 'A4', date: '2026-12-01', slot: 'pm' }));
    expect(liveOn(space.db, 'B3', '2026-12-01')).toEqual([]);
    expect(liveOn(space.db, 'A4', '2026-12-01')).toEqual(['am', 'pm']);
  });

  it('cancelled or marked no-show frees the cell and stays in the history', () => {
    const space = setUp();
    const first = expectOk(book(space, space.lou, 'A4', '2026-11-27', 'am')) as { id: number };
    expectOk(space.dispatch(space.desk, 'bookings.cancel', { bookingId: first.id }));
    const second = expectOk(book(space, space.sam, 'A4', '2026-11-27', 'am')) as { id: number };
    expectOk(space.dispatch(space.desk, 'bookings.markNoShow', { bookingId: second.id }));
    expect(refusal(space.dispatch(space.desk, 'bookings.cancel', { bookingId: second.id })).message).toContain('n’est plus active');
    expectOk(book(space, space.lou, 'A4', '2026-11-27', 'am'));
    const all = space.db.prepare('SELECT status FROM bookings ORDER BY id').pluck().all();
    expect(all).toEqual(['cancelled', 'no_show', 'booked']);
  });

  it('becomes attended when the member checks in, and seats them there', () => {
    const space = setUp();
    expectOk(book(space, space.lou, 'B3', '2026-12-01', 'day'));
    const visit = expectOk(space.dispatch(space.desk, 'attendance.checkIn', { memberId: space.lou, at: '2026-12-01T09:10:00+01:00' })) as { seatCode: string };
    expect(visit.seatCode).toBe('B3');
    expect(space.db.prepare('SELECT status FROM bookings').pluck().get()).toBe('attended');
  });
});

describe('a permanent desk', () => {
  function withHolder() {
    const space = setUp();
    const plan = { id: giveDesk(space, space.lou, 'A1') };
    return { ...space, plan: plan.id };
  }

  it('is held by its subscriber every day; released for one day, another member may book it that day only', () => {
    const space = withHolder();
    expect(refusal(book(space, space.sam, 'A1', '2026-12-02', 'am')).message).toContain('Lou Garnier');
    expectOk(space.dispatch(space.desk, 'bookings.releaseDesk', { planId: space.plan, date: '2026-12-02', reason: 'sickness' }));
    expectOk(book(space, space.sam, 'A1', '2026-12-02', 'day'));
    expect(refusal(book(space, space.sam, 'A1', '2026-12-03', 'am')).message).toContain('Lou Garnier');
    // The holder cannot take the day back while Sam has it.
    expect(refusal(space.dispatch(space.desk, 'bookings.reclaimDesk', { planId: space.plan, date: '2026-12-02' })).message).toContain('Sam Leroy');
    expect(() => space.db.prepare('DELETE FROM desk_releases').run()).toThrow(/booked that day/);
    expect(liveOn(space.db, 'A1', '2026-12-02')).toEqual(['day']);
    // A direct insert on a held day is refused by the database too.
    expect(() =>
      space.db
        .prepare("INSERT INTO bookings (seat_id, date, slot, member_id, channel, created_at, updated_at) VALUES ((SELECT id FROM seats WHERE code = 'A1'), '2026-12-03', 'am', ?, 'phone', 'now', 'now')")
        .run(space.sam),
    ).toThrow(/held by a plan/);
  });

  it('cannot be given to a subscriber over days already booked by someone else', () => {
    const space = setUp();
    expectOk(book(space, space.sam, 'A2', '2026-12-10', 'pm'));
    const a2 = space.db.prepare("SELECT id FROM seats WHERE code = 'A2'").pluck().get() as number;
    const result = space.dispatch(space.desk, 'plans.add', { kind: 'permanent', memberId: space.lou, seatId: a2, startDate: '2026-12-01', endDate: null });
    expect(refusal(result).message).toContain('Sam Leroy');
  });
});

describe('occupancy', () => {
  it('of a known week is seat-slots used ÷ seat-slots open, by kind of seat', () => {
    const space = setUp();
    const plan = { id: giveDesk(space, space.lou, 'A1') };
    expectOk(space.dispatch(space.desk, 'bookings.releaseDesk', { planId: plan.id, date: '2026-12-02' }));
    expectOk(book(space, space.sam, 'A1', '2026-12-02', 'am'));
    expectOk(book(space, space.sam, 'A4', '2026-11-30', 'am'));
    const cancelled = expectOk(book(space, space.sam, 'B3', '2026-12-04', 'am')) as { id: number };
    expectOk(space.dispatch(space.desk, 'bookings.cancel', { bookingId: cancelled.id }));
    expectOk(book(space, space.sam, 'B3', '2026-12-01', 'day'));
    // Monday 30 November to Sunday 6 December: five open days of two halves.
    const week = expectOk(space.dispatch(space.desk, 'occupancy.get', { from: '2026-11-30', to: '2026-12-06' })) as {
      total: { used: number; open: number; rate: number; byKind: { kind: string; used: number; open: number }[] };
    };
    expect(week.total.byKind).toEqual([
      { kind: 'permanent', used: 9, open: 50, rate: 0.18 },
      { kind: 'dropin', used: 3, open: 20, rate: 0.15 },
      { kind: 'trainee', used: 0, open: 10, rate: 0 },
    ]);
    expect(week.total).toMatchObject({ used: 12, open: 80, rate: 0.15 });
    const days = expectOk(space.dispatch(space.desk, 'occupancy.get', { from: '2026-11-30', to: '2026-12-06', by: 'day' })) as { periods: { from: string; used: number; open: number }[] };
    expect(days.periods.map((day) => [day.from, day.used, day.open])).toEqual([
      ['2026-11-30', 3, 16],
      ['2026-12-01', 4, 16],
      ['2026-12-02', 1, 16],
      ['2026-12-03', 2, 16],
      ['2026-12-04', 2, 16],
      ['2026-12-05', 0, 0],
      ['2026-12-06', 0, 0],
    ]);
  });
});

describe('the lounge', () => {
  it('is booked by the hour within opening hours, without overlaps', () => {
    const space = setUp();
    const room = (startTime: string, endTime: string, memberId = space.lou) =>
      space.dispatch(space.desk, 'bookings.bookRoom', { seat: 'SALON', date: '2026-12-01', startTime, endTime, memberId });
    expectOk(room('10:00', '11:00'));
    expect(refusal(room('10:30', '12:00', space.sam)).message).toBe('La salle SALON est déjà réservée par Lou Garnier de 10:00 à 11:00.');
    expect(refusal(room('12:00', '13:00', space.sam)).message).toContain('08:30–12:30, 13:30–18:30');
    expectOk(room('11:00', '12:30', space.sam));
    expect(refusal(book(space, space.lou, 'SALON', '2026-12-01', 'am')).message).toContain('se réserve à l’heure');
  });
});

describe('a visitor', () => {
  it('can book with a name and a way to reach them; without both it is refused on the fields', () => {
    const space = setUp();
    const missing = space.dispatch(space.desk, 'bookings.book', { seat: 'A4', date: '2026-12-01', slot: 'am', visitorName: 'Nina' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.fields?.map((f) => f.field)).toEqual(['visitorContact']);
    const booked = expectOk(space.dispatch(space.desk, 'bookings.book', { seat: 'A4', date: '2026-12-01', slot: 'am', visitorName: 'Nina', visitorContact: '06 11 22 33 44' })) as {
      name: string;
      memberId: number | null;
    };
    expect(booked).toMatchObject({ name: 'Nina', memberId: null });
  });
});

describe('what the review found', () => {
  it('seats a holder who released their desk where they booked, not on the desk lent to someone else', () => {
    const space = setUp();
    const plan = { id: giveDesk(space, space.lou, 'A1') };
    expectOk(space.dispatch(space.desk, 'bookings.releaseDesk', { planId: plan.id, date: '2026-12-03' }));
    expectOk(book(space, space.sam, 'A1', '2026-12-03', 'day'));
    expectOk(book(space, space.lou, 'A4', '2026-12-03', 'am'));
    for (const member of [space.sam, space.lou]) expectOk(space.dispatch(space.desk, 'attendance.checkIn', { memberId: member, at: '2026-12-03T09:00:00+01:00' }));
    const present = expectOk(space.dispatch(space.desk, 'attendance.present', { date: '2026-12-03' })) as { firstName: string; seatCode: string }[];
    expect(present.map((visit) => [visit.firstName, visit.seatCode])).toEqual([
      ['Sam', 'A1'],
      ['Lou', 'A4'],
    ]);
  });

  it('refuses to retire a booked seat or to close a booked day, naming the booking', () => {
    const space = setUp();
    expectOk(book(space, space.sam, 'B3', '2026-12-09', 'am'));
    const b3 = space.db.prepare("SELECT id FROM seats WHERE code = 'B3'").pluck().get() as number;
    expect(refusal(space.dispatch(space.desk, 'space.retireSeat', { id: b3, on: '2026-12-01' })).message).toContain('09/12/2026 (Sam Leroy)');
    expect(refusal(space.dispatch(space.desk, 'calendar.addClosure', { startDate: '2026-12-07', endDate: '2026-12-11', label: 'Travaux' })).message).toContain('Sam Leroy');
    expectOk(space.dispatch(space.desk, 'space.retireSeat', { id: b3, on: '2026-12-10' }));
  });

  it('counts a seat out of service neither as open nor as used', () => {
    const space = setUp();
    giveDesk(space, space.lou, 'A1', '2026-11-02', '2026-12-01');
    expectOk(space.dispatch(space.desk, 'space.retireSeat', { id: seatId(space, 'A1'), on: '2026-12-02' }));
    const week = expectOk(space.dispatch(space.desk, 'occupancy.get', { from: '2026-11-30', to: '2026-12-06' })) as { total: { byKind: { kind: string; used: number; open: number }[] } };
    // A1 is open and used on Monday and Tuesday only; the four other permanent desks all week.
    expect(week.total.byKind[0]).toMatchObject({ kind: 'permanent', used: 4, open: 44 });
  });

  it('names the holiday when the lounge is asked for on a closed day, and refuses a no-show before the day', () => {
    const space = setUp();
    const closed = space.dispatch(space.desk, 'bookings.bookRoom', { seat: 'SALON', date: '2026-12-25', startTime: '10:00', endTime: '11:00', memberId: space.lou });
    expect(refusal(closed).message).toContain('(Noël)');
    const later = expectOk(book(space, space.lou, 'A4', '2026-12-15', 'am')) as { id: number };
    expect(refusal(space.dispatch(space.desk, 'bookings.markNoShow', { bookingId: later.id })).message).toContain('pas encore eu lieu');
  });

  it('cancels the bookings of a member who leaves, from the day they leave', () => {
    const space = setUp();
    expectOk(book(space, space.lou, 'A4', '2026-11-27', 'am'));
    expectOk(book(space, space.lou, 'A4', '2026-12-15', 'am'));
    expectOk(space.dispatch(space.desk, 'members.setStatus', { memberId: space.lou, status: 'left', on: '2026-11-30' }));
    expect(space.db.prepare('SELECT date, status FROM bookings ORDER BY date').all()).toEqual([
      { date: '2026-11-27', status: 'booked' },
      { date: '2026-12-15', status: 'cancelled' },
    ]);
  });

  it('is refused by the database when a release is moved, a desk booked by the hour, a room by the half-day, or a plan stretched over another', () => {
    const space = setUp();
    const seat = (code: string) => space.db.prepare('SELECT id FROM seats WHERE code = ?').pluck().get(code) as number;
    const first = expectOk(space.dispatch(space.desk, 'plans.add', { kind: 'permanent', memberId: space.lou, seatId: seat('A1'), startDate: '2026-11-02', endDate: '2026-11-30' })) as { id: number };
    expectOk(space.dispatch(space.desk, 'plans.add', { kind: 'permanent', memberId: space.sam, seatId: seat('A1'), startDate: '2026-12-01', endDate: null }));
    expectOk(space.dispatch(space.desk, 'bookings.releaseDesk', { planId: first.id, date: '2026-11-27' }));
    const run = (statement: string, ...params: unknown[]) => () => space.db.prepare(statement).run(...params);
    expect(run("UPDATE desk_releases SET date = '2026-11-26'")).toThrow(/not moved/);
    expect(run('UPDATE plans SET end_date = NULL WHERE id = ?', first.id)).toThrow(/already booked or held/);
    const insert = "INSERT INTO bookings (seat_id, date, slot, start_time, end_time, member_id, channel, created_at, updated_at) VALUES (?, '2026-12-02', ?, ?, ?, ?, 'phone', 'now', 'now')";
    expect(run(insert, seat('A4'), null, '10:00', '11:00', space.lou)).toThrow(/by the hour/);
    expect(run(insert, seat('SALON'), 'am', null, null, space.lou)).toThrow(/by the hour/);
    const carnet = expectOk(space.dispatch(space.desk, 'plans.add', { kind: 'carnet', memberId: space.lou, unit: 'day', startDate: '2026-11-02' })) as { id: number };
    expect(run("UPDATE plans SET kind = 'permanent', seat_id = ? WHERE id = ?", seat('A1'), carnet.id)).toThrow(/already booked or held/);
  });
});

describe('a member’s data', () => {
  it('includes their bookings in the export, and anonymisation erases the notes typed about them only', () => {
    const space = setUp();
    expectOk(space.dispatch(space.desk, 'bookings.book', { seat: 'A4', date: '2026-11-27', slot: 'am', memberId: space.lou, note: 'Rappeler Lou au 06 12 34 56 78' }));
    expectOk(space.dispatch(space.desk, 'bookings.book', { seat: 'B3', date: '2026-11-27', slot: 'am', memberId: space.sam, note: 'Sam apporte son écran' }));
    const exported = expectOk(space.dispatch(space.desk, 'members.export', { memberId: space.lou })) as { data: { bookings: { seat: string; note: string }[] }; html: string };
    expect(exported.data.bookings).toEqual([expect.objectContaining({ seat: 'A4', note: 'Rappeler Lou au 06 12 34 56 78' })]);
    expect(exported.html).toContain('<td>A4</td>');
    expect(exported.html).toContain('Rappeler Lou au 06 12 34 56 78');
    expect(exported.html).not.toContain('Sam apporte');
    expectOk(space.dispatch(space.desk, 'members.setStatus', { memberId: space.lou, status: 'left', on: '2026-11-27' }));
    expectOk(space.dispatch(space.admin, 'members.anonymise', { memberId: space.lou }));
    expect(space.db.prepare('SELECT member_id AS memberId, note FROM bookings ORDER BY id').all()).toEqual([
      { memberId: space.lou, note: '' },
      { memberId: space.sam, note: 'Sam apporte son écran' },
    ]);
  });
});

describe('a visitor’s booking', () => {
  it('is attached to the member record made on arrival, once', () => {
    const space = setUp();
    const booked = expectOk(space.dispatch(space.desk, 'bookings.book', { seat: 'A4', date: '2026-12-01', slot: 'am', visitorName: 'Nina', visitorContact: 'nina@exemple.fr' })) as { id: number };
    const attached = expectOk(space.dispatch(space.desk, 'bookings.assignMember', { bookingId: booked.id, memberId: space.sam })) as { memberId: number; name: string };
    expect(attached).toMatchObject({ memberId: space.sam, name: 'Sam Leroy' });
    expect(space.db.prepare('SELECT visitor_name, visitor_contact FROM bookings').get()).toEqual({ visitor_name: '', visitor_contact: '' });
    expect(refusal(space.dispatch(space.desk, 'bookings.assignMember', { bookingId: booked.id, memberId: space.lou })).message).toContain('Sam Leroy');
    const other = expectOk(space.dispatch(space.desk, 'bookings.book', { seat: 'B3', date: '2026-12-01', slot: 'am', visitorName: 'Noé', visitorContact: '06 11 22 33 44' })) as { id: number };
    expectOk(space.dispatch(space.desk, 'members.setStatus', { memberId: space.lou, status: 'left', on: '2026-11-27' }));
    expect(refusal(space.dispatch(space.desk, 'bookings.assignMember', { bookingId: other.id, memberId: space.lou })).message).not.toBe('');
    expect(space.db.prepare('SELECT member_id FROM bookings WHERE id = ?').pluck().get(other.id)).toBeNull();
  });
});

describe('the planning board', () => {
  type BoardSeats = { rooms: { seats: { code: string; retiredOn: string | null }[] }[]; cells: { seat: string; date: string; kind: string }[] };
  const board = (space: Space, from: string, to: string) => expectOk(space.dispatch(space.desk, 'bookings.board', { from, to })) as BoardSeats;
  const retiredOn = (shown: BoardSeats) => Object.fromEntries(shown.rooms.flatMap((room) => room.seats.map((seat) => [seat.code, seat.retiredOn])));
  const daysHeld = (shown: BoardSeats, seat: string) => [...new Set(shown.cells.filter((cell) => cell.seat === seat).map((cell) => `${cell.date} ${cell.kind}`))];

  it('marks the day a seat goes out of service, keeps what came before, and leaves out a seat retired before the range', () => {
    const space = setUp();
    giveDesk(space, space.lou, 'A1', '2026-11-02', '2026-12-01');
    expectOk(book(space, space.sam, 'B3', '2026-12-01', 'day'));
    for (const [code, on] of [['A1', '2026-12-02'], ['B3', '2026-12-02'], ['A4', '2026-11-30']] as const) {
      expectOk(space.dispatch(space.desk, 'space.retireSeat', { id: seatId(space, code), on }));
    }
    const openSpace2 = space.db.prepare("SELECT room_id FROM seats WHERE code = 'B3'").pluck().get() as number;
    expectOk(space.dispatch(space.desk, 'space.retireRoom', { id: openSpace2, on: '2026-12-04' }));

    const week = board(space, '2026-11-30', '2026-12-06');
    // A seat's own date wins over its room's when earlier; A4, out of service all week, is not shown.
    expect(retiredOn(week)).toEqual({ A1: '2026-12-02', A2: null, A3: null, B1: '2026-12-04', B2: '2026-12-04', B3: '2026-12-02', B4: '2026-12-04', SALON: null });
    // Before the date, the holder and the booking are still on the board; from it, nothing.
    expect(daysHeld(week, 'A1')).toEqual(['2026-11-30 plan', '2026-12-01 plan']);
    expect(daysHeld(week, 'B3')).toEqual(['2026-12-01 booking']);
    // The week before, A4 is still there, with the day it goes.
    expect(retiredOn(board(space, '2026-11-23', '2026-11-29')).A4).toBe('2026-11-30');
  });
});
