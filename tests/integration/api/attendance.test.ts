import { describe, expect, it } from 'vitest';
import { cliSession } from '../../../main/api/session';
import type { Db } from '../../../main/db/open';
import { dispatcherWithAdmin, expectOk, manualClock, plain, snapshot } from '../../helpers/db';
import { addMember } from '../../helpers/members';

function setUp() {
  const clock = manualClock('2026-11-23T09:00:00+01:00'); // a Monday
  const space = dispatcherWithAdmin({ clock: clock.now });
  const desk = cliSession();
  const member = addMember(space.dispatch, desk);
  return { ...space, clock, desk, member };
}

const at = (time: string, date = '2026-11-23') => `${date}T${time}:00+01:00`;

const unitsUsed = (db: Db, planId: number) => db.prepare('SELECT coalesce(sum(units), 0) FROM half_day_uses WHERE plan_id = ?').pluck().get(planId);

describe('a carnet', () => {
  it('is debited once per half-day used, however often the member checks in', () => {
    const { db, dispatch, desk, member } = setUp();
    const carnet = expectOk(dispatch(desk, 'plans.add', { kind: 'carnet', memberId: member, unit: 'half_day', startDate: '2026-11-01' })) as { id: number };
    expectOk(dispatch(desk, 'attendance.checkIn', { memberId: member, at: at('09:00') }));
    const twice = dispatch(desk, 'attendance.checkIn', { memberId: member, at: at('09:05') });
    expect(plain(!twice.ok && twice.error.message)).toBe('Lou est déjà arrivé·e (depuis 09:00).');
    expectOk(dispatch(desk, 'attendance.checkOut', { memberId: member, at: at('10:00') }));
    expectOk(dispatch(desk, 'attendance.checkIn', { memberId: member, at: at('11:00') }));
    expect(unitsUsed(db, carnet.id)).toBe(1);
    const visit = expectOk(dispatch(desk, 'attendance.checkOut', { memberId: member, at: at('16:30') })) as { halves: string[] };
    // The morning was counted with the first visit; this one adds the afternoon only.
    expect(visit.halves).toEqual(['pm']);
    expect(unitsUsed(db, carnet.id)).toBe(2);
    expectOk(dispatch(desk, 'attendance.checkIn', { memberId: member, at: at('17:00') }));
    expectOk(dispatch(desk, 'attendance.checkOut', { memberId: member, at: at('18:00') }));
    expect(unitsUsed(db, carnet.id)).toBe(2);
    const plans = (expectOk(dispatch(desk, 'members.get', { memberId: member })) as { plans: { remaining: number }[] }).plans;
    expect(plans[0]?.remaining).toBe(8);
  });

  it('of days gives one unit for the whole day', () => {
    const { db, dispatch, desk, member } = setUp();
    const carnet = expectOk(dispatch(desk, 'plans.add', { kind: 'carnet', memberId: member, unit: 'day', startDate: '2026-11-01' })) as { id: number };
    expectOk(dispatch(desk, 'attendance.checkIn', { memberId: member, at: at('09:00') }));
    expectOk(dispatch(desk, 'attendance.checkOut', { memberId: member, at: at('17:30') }));
    expect(unitsUsed(db, carnet.id)).toBe(1);
    expectOk(dispatch(desk, 'attendance.checkIn', { memberId: member, at: at('09:00', '2026-11-24') }));
    expect(unitsUsed(db, carnet.id)).toBe(2);
  });

  it('used up is refused with the reason and the drop-in price, and the member then comes at that price', () => {
    const { db, dispatch, desk, member } = setUp();
    const carnet = expectOk(dispatch(desk, 'plans.add', { kind: 'carnet', memberId: member, unit: 'half_day', startDate: '2026-11-01', quantity: 1 })) as { id: number };
    expectOk(dispatch(desk, 'attendance.checkIn', { memberId: member, at: at('09:00') }));
    expectOk(dispatch(desk, 'attendance.checkOut', { memberId: member, at: at('12:00') }));
    const before = snapshot(db);
    const refused = dispatch(desk, 'attendance.checkIn', { memberId: member, at: at('14:00') });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(plain(refused.error.message)).toBe(
      'Le carnet est épuisé. Enregistrez l’arrivée au tarif ponctuel (8,00 € la demi-journée), ou vendez un nouveau carnet.',
    );
    expect(refused.error.details).toEqual({ dropInPriceCents: 800, reason: 'empty' });
    expect(snapshot(db)).toBe(before);
    const dropIn = expectOk(dispatch(desk, 'attendance.checkIn', { memberId: member, at: at('14:00'), asDropIn: true })) as { coverage: string };
    expect(dropIn.coverage).toBe('dropin');
    expect(unitsUsed(db, carnet.id)).toBe(1);
  });

  it('expired is refused with its expiry date', () => {
    const { dispatch, desk, member } = setUp();
    expectOk(dispatch(desk, 'plans.add', { kind: 'carnet', memberId: member, unit: 'half_day', startDate: '2025-10-01' }));
    const refused = dispatch(desk, 'attendance.checkIn', { memberId: member, at: at('09:00') });
    expect(!refused.ok && refused.error.reason).toBe('errors.attendance.carnet_expired');
    expect(plain(!refused.ok && refused.error.message)).toContain('Le carnet a expiré le 30/09/2026.');
  });

  it('running out during a visit counts the rest at the drop-in price instead of refusing the exit', () => {
    const { db, dispatch, desk, member } = setUp();
    const carnet = expectOk(dispatch(desk, 'plans.add', { kind: 'carnet', memberId: member, unit: 'half_day', startDate: '2026-11-01', quantity: 1 })) as { id: number };
    expectOk(dispatch(desk, 'attendance.checkIn', { memberId: member, at: at('09:00') }));
    expectOk(dispatch(desk, 'attendance.checkOut', { memberId: member, at: at('17:00') }));
    expect(db.prepare("SELECT half, coverage, units FROM half_day_uses ORDER BY half").all()).toEqual([
      { half: 'am', coverage: 'carnet', units: 1 },
      { half: 'pm', coverage: 'dropin', units: 0 },
    ]);
    expect(unitsUsed(db, carnet.id)).toBe(1);
  });
});

describe('attendance', () => {
  it('covers a permanent holder by their desk, and shows who is in today', () => {
    const { dispatch, desk, member } = setUp();
    expectOk(dispatch(desk, 'plans.add', { kind: 'permanent', memberId: member, seatId: 2, startDate: '2026-11-01' }));
    expectOk(dispatch(desk, 'attendance.checkIn', { memberId: member, at: at('08:42') }));
    const present = expectOk(dispatch(desk, 'attendance.present', { date: '2026-11-23' })) as Record<string, unknown>[];
    expect(present).toEqual([expect.objectContaining({ firstName: 'Lou', seatCode: 'A2', coverage: 'permanent', leftAt: null, arrivedAt: '2026-11-23T08:42:00+01:00' })]);
    const detail = expectOk(dispatch(desk, 'members.get', { memberId: member })) as { present: boolean };
    expect(detail.present).toBe(true);
  });

  it('refuses a check-in on a closed day with its name, and a check-out of someone not in', () => {
    const { db, dispatch, desk, member } = setUp();
    const before = snapshot(db);
    const christmas = dispatch(desk, 'attendance.checkIn', { memberId: member, at: at('09:00', '2026-12-25') });
    expect(plain(!christmas.ok && christmas.error.message)).toBe('L’espace est fermé ce jour-là (Noël).');
    expect(!christmas.ok && christmas.error.messageEn).toBe('The space is closed that day (Christmas Day).');
    const notIn = dispatch(desk, 'attendance.checkOut', { memberId: member, at: at('10:00') });
    expect(!notIn.ok && notIn.error.reason).toBe('errors.attendance.not_in');
    expect(snapshot(db)).toBe(before);
  });

  it('refuses a departure before the arrival, and a member who left', () => {
    const { dispatch, desk, member } = setUp();
    expectOk(dispatch(desk, 'attendance.checkIn', { memberId: member, at: at('10:00') }));
    const early = dispatch(desk, 'attendance.checkOut', { memberId: member, at: at('09:00') });
    expect(!early.ok && early.error.fields?.[0]?.field).toBe('at');
    expectOk(dispatch(desk, 'attendance.checkOut', { memberId: member, at: at('11:00') }));
    expectOk(dispatch(desk, 'members.setStatus', { memberId: member, status: 'left', on: '2026-11-23' }));
    const gone = dispatch(desk, 'attendance.checkIn', { memberId: member, at: at('14:00') });
    expect(!gone.ok && gone.error.reason).toBe('errors.members.left');
  });
});
