import { describe, expect, it } from 'vitest';
import { cliSession } from '../../../main/api/session';
import { dispatcherWithAdmin, expectOk, manualClock, plain, snapshot } from '../../helpers/db';

type Room = { id: number; code: string; name: string; kind: string; retiredOn: string | null; seats: Seat[] };
type Seat = { id: number; code: string; name: string; kind: string; retiredOn: string | null };

const layout = (dispatch: ReturnType<typeof dispatcherWithAdmin>['dispatch'], session: ReturnType<typeof dispatcherWithAdmin>['admin']) =>
  expectOk(dispatch(session, 'space.layout', {})) as Room[];

describe('the default space', () => {
  it('is two open spaces of four desks (5 permanent, 2 drop-in, 1 trainee) and the lounge', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const seats = expectOk(dispatch(admin, 'space.listSeats', {})) as { code: string; room: string; kind: string }[];
    expect(seats).toHaveLength(9);
    const count = (kind: string) => seats.filter((seat) => seat.kind === kind).length;
    expect([count('permanent'), count('dropin'), count('trainee'), count('room')]).toEqual([5, 2, 1, 1]);
    const desksPerRoom = Object.values(
      seats.filter((s) => s.kind !== 'room').reduce<Record<string, number>>((acc, s) => ({ ...acc, [s.room]: (acc[s.room] ?? 0) + 1 }), {}),
    );
    expect(desksPerRoom).toEqual([4, 4]);
  });
});

describe('editing the space', () => {
  it('renames a desk and changes its kind, keeping its id', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const a4 = layout(dispatch, admin)[0]?.seats.find((seat) => seat.code === 'A4');
    const updated = expectOk(dispatch(admin, 'space.updateSeat', { seatId: a4?.id, name: 'Poste fenêtre', kind: 'permanent', roomId: 1 })) as Seat;
    expect(updated).toMatchObject({ id: a4?.id, code: 'A4', name: 'Poste fenêtre', kind: 'permanent' });
  });

  it('adds a room and a desk; a meeting room is booked as a whole', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const room = expectOk(dispatch(admin, 'space.addRoom', { code: 'os3', name: 'Grenier', kind: 'workspace' })) as Room;
    expect(room.code).toBe('OS3');
    expectOk(dispatch(admin, 'space.addSeat', { roomId: room.id, code: 'c1', name: 'Poste C1', kind: 'dropin' }));
    const meeting = expectOk(dispatch(admin, 'space.addRoom', { code: 'ATELIER', name: 'Atelier', kind: 'meeting' })) as Room;
    expect(meeting.seats).toEqual([expect.objectContaining({ code: 'ATELIER', kind: 'room' })]);
    const refused = dispatch(admin, 'space.addSeat', { roomId: meeting.id, code: 'X1', name: 'X', kind: 'dropin' });
    expect(!refused.ok && refused.error.reason).toBe('errors.space.meeting_room_has_no_desks');
    const seats = expectOk(dispatch(admin, 'space.listSeats', {})) as unknown[];
    expect(seats).toHaveLength(11);
  });

  it('refuses a code already taken, naming who has it', () => {
    const { db, dispatch, admin } = dispatcherWithAdmin();
    const before = snapshot(db);
    const result = dispatch(admin, 'space.addSeat', { roomId: 1, code: 'a1', name: 'Doublon', kind: 'dropin' });
    expect(plain(!result.ok && result.error.message)).toContain('« A1 » est déjà utilisé par « Poste A1 »');
    expect(!result.ok && result.error.fields?.[0]?.field).toBe('code');
    expect(snapshot(db)).toBe(before);
  });

  it('retires a desk from a date without deleting it: in service until then, and can be put back', () => {
    const clock = manualClock('2026-11-30T10:00:00+01:00');
    const { db, dispatch, admin } = dispatcherWithAdmin({ clock: clock.now });
    const b3 = layout(dispatch, admin)[1]?.seats.find((seat) => seat.code === 'B3');
    expectOk(dispatch(admin, 'space.retireSeat', { id: b3?.id, on: '2026-12-01' }));
    const desk = cliSession(); // never idle, unlike a person at the desk
    const inService = () => (expectOk(dispatch(desk, 'space.listSeats', {})) as { code: string }[]).map((seat) => seat.code);
    expect(inService()).toContain('B3');
    clock.advanceMinutes(24 * 60);
    expect(inService()).not.toContain('B3');
    expect((expectOk(dispatch(desk, 'space.listSeats', { includeRetired: true })) as unknown[]).length).toBe(9);
    expect(db.prepare("SELECT retired_on FROM seats WHERE code = 'B3'").pluck().get()).toBe('2026-12-01');
    const twice = dispatch(desk, 'space.retireSeat', { id: b3?.id, on: '2026-12-02' });
    expect(!twice.ok && twice.error.reason).toBe('errors.space.already_retired');
    expect(plain(!twice.ok && twice.error.message)).toContain('à partir du 01/12/2026');
    expectOk(dispatch(desk, 'space.reinstateSeat', { id: b3?.id }));
    expect(db.prepare("SELECT retired_on FROM seats WHERE code = 'B3'").pluck().get()).toBeNull();
  });

  it('takes a room’s desks out of service with it, from its date, and back with it', () => {
    const clock = manualClock('2026-12-20T10:00:00+01:00');
    const { dispatch } = dispatcherWithAdmin({ clock: clock.now });
    const desk = cliSession();
    const b4 = layout(dispatch, desk)[1]?.seats.find((seat) => seat.code === 'B4');
    expectOk(dispatch(desk, 'space.retireSeat', { id: b4?.id, on: '2026-06-01' }));
    const b1 = layout(dispatch, desk)[1]?.seats.find((seat) => seat.code === 'B1');
    expectOk(dispatch(desk, 'space.retireSeat', { id: b1?.id, on: '2099-03-01' }));
    const retired = expectOk(dispatch(desk, 'space.retireRoom', { id: 2, on: '2027-01-01' })) as Room;
    expect(retired.seats.map((seat) => seat.retiredOn)).toEqual(['2099-03-01', null, null, '2026-06-01']);
    const inService = () => (expectOk(dispatch(desk, 'space.listSeats', {})) as { code: string }[]).map((seat) => seat.code);
    expect(inService()).toEqual(['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3', 'SALON']);
    // A desk may still join the room until its last day.
    expectOk(dispatch(desk, 'space.addSeat', { roomId: 2, code: 'B5', name: 'Poste B5', kind: 'dropin' }));
    clock.advanceMinutes(14 * 24 * 60);
    expect(inService()).toEqual(['A1', 'A2', 'A3', 'A4', 'SALON']);
    const late = dispatch(desk, 'space.addSeat', { roomId: 2, code: 'B6', name: 'Poste B6', kind: 'dropin' });
    expect(!late.ok && late.error.reason).toBe('errors.space.room_retired');
    expectOk(dispatch(desk, 'space.reinstateRoom', { id: 2 }));
    expect(inService()).toEqual(['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3', 'B5', 'SALON']);
  });

  it('gives each code to one room or seat only', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const room = dispatch(admin, 'space.addRoom', { code: 'A1', name: 'Atelier', kind: 'workspace' });
    expect(!room.ok && room.error.reason).toBe('errors.space.code_taken');
    const seat = dispatch(admin, 'space.addSeat', { roomId: 1, code: 'OS2', name: 'X', kind: 'dropin' });
    expect(!seat.ok && seat.error.reason).toBe('errors.space.code_taken');
  });

  it('never deletes a seat, even with raw SQL', () => {
    const { db } = dispatcherWithAdmin();
    expect(() => db.prepare("DELETE FROM seats WHERE code = 'A1'").run()).toThrow(/retired, never deleted/);
  });

  it('refuses bad input with the field named', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const result = dispatch(admin, 'space.addSeat', { roomId: 1, code: 'a b', name: '', kind: 'bureau' });
    expect(!result.ok && result.error.fields?.map((f) => f.field).sort()).toEqual(['code', 'kind', 'name']);
    const missing = dispatch(admin, 'space.updateSeat', { seatId: 999, name: 'X', kind: 'dropin', roomId: 1 });
    expect(!missing.ok && missing.error.code).toBe('not_found');
  });
});
