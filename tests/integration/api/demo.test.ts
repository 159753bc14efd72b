import { describe, expect, it } from 'vitest';
import { cliSession } from '../../../main/api/session';
import { isoDate } from '../../../main/domain/common/time';
import { dispatcherWithAdmin, expectOk } from '../../helpers/db';

describe('the demonstration space', () => {
  it('is a living space that keeps the rules: one holder per desk, carnets never overdrawn, each half-day once', () => {
    const { db, dispatch } = dispatcherWithAdmin();
    const summary = expectOk(dispatch(cliSession(), 'demo.load', { years: 2, seed: 7 })) as { members: number; visits: number };
    expect(summary.members).toBe(80);
    expect(summary.visits).toBeGreaterThan(1500);
    const overlapping = db
      .prepare(
        `SELECT count(*) FROM plans a JOIN plans b ON a.seat_id = b.seat_id AND a.id < b.id
          WHERE a.kind <> 'carnet' AND b.kind <> 'carnet'
            AND a.start_date <= coalesce(b.end_date, '9999') AND b.start_date <= coalesce(a.end_date, '9999')`,
      )
      .pluck()
      .get();
    expect(overlapping).toBe(0);
    const overdrawn = db
      .prepare(`SELECT count(*) FROM plans p WHERE p.kind = 'carnet' AND p.quantity < (SELECT coalesce(sum(units), 0) FROM half_day_uses WHERE plan_id = p.id)`)
      .pluck()
      .get();
    expect(overdrawn).toBe(0);
    const visitsOnClosedDays = db.prepare("SELECT count(*) FROM attendances a JOIN closures c ON a.date BETWEEN c.start_date AND c.end_date").pluck().get();
    expect(visitsOnClosedDays).toBe(0);
    const kinds = db.prepare('SELECT DISTINCT coverage FROM half_day_uses ORDER BY coverage').pluck().all();
    expect(kinds).toEqual(['carnet', 'dropin', 'permanent', 'trainee']);
    const profiles = db.prepare('SELECT count(DISTINCT profile) FROM members').pluck().get() as number;
    expect(profiles).toBeGreaterThanOrEqual(6);
  });

  it('books a free seat before each drop-in visit: never two people on one seat and half-day, every attended booking seated', () => {
    const { db, dispatch } = dispatcherWithAdmin();
    expectOk(dispatch(cliSession(), 'demo.load', { years: 2, seed: 11 }));
    const count = (query: string, ...params: unknown[]) => db.prepare(query).pluck().get(...params) as number;
    const halves = "(SELECT 'am' AS half UNION ALL SELECT 'pm') h ON b.slot IN (h.half, 'day')";

    // One live booking per seat and half-day, and the database's holds say the same.
    const doubleBooked = count(
      `SELECT count(*) FROM (SELECT b.seat_id, b.date, h.half FROM bookings b JOIN ${halves}
                              WHERE b.status IN ('booked', 'attended') GROUP BY 1, 2, 3 HAVING count(*) > 1)`,
    );
    expect(doubleBooked).toBe(0);
    const liveHalves = count(`SELECT count(*) FROM bookings b JOIN ${halves} WHERE b.status IN ('booked', 'attended')`);
    expect(count('SELECT count(*) FROM seat_holds')).toBe(liveHalves);

    // Every attended booking has its visit that day, for that member, at the booked seat.
    const attended = count("SELECT count(*) FROM bookings WHERE status = 'attended'");
    expect(attended).toBeGreaterThan(500);
    const withoutVisit = count(
      `SELECT count(*) FROM bookings b WHERE b.status = 'attended'
          AND NOT EXISTS (SELECT 1 FROM attendances a WHERE a.member_id = b.member_id AND a.date = b.date)`,
    );
    expect(withoutVisit).toBe(0);
    const elsewhere = count(
      `SELECT count(*) FROM bookings b WHERE b.status = 'attended'
          AND NOT EXISTS (SELECT 1 FROM attendances a WHERE a.member_id = b.member_id AND a.date = b.date AND a.seat_id = b.seat_id)`,
    );
    expect(elsewhere).toBe(0);
    // Every visit at a drop-in place was booked, and no two visits share a seat on a half-day.
    const unbooked = count(
      `SELECT count(*) FROM attendances a JOIN seats s ON s.id = a.seat_id
        WHERE s.kind = 'dropin'
          AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.member_id = a.member_id AND b.date = a.date AND b.seat_id = a.seat_id AND b.status = 'attended')`,
    );
    expect(unbooked).toBe(0);
    const sharedSeat = count(
      `SELECT count(*) FROM (SELECT a.seat_id, a.date, u.half FROM attendances a JOIN half_day_uses u ON u.attendance_id = a.id
                              WHERE a.seat_id IS NOT NULL GROUP BY 1, 2, 3 HAVING count(DISTINCT a.member_id) > 1)`,
    );
    expect(sharedSeat).toBe(0);

    // Bookings ahead, a history with cancellations and no-shows, channels as at the desk.
    expect(count("SELECT count(*) FROM bookings WHERE date > ? AND status = 'booked'", isoDate(new Date()))).toBeGreaterThan(0);
    expect(count("SELECT count(*) FROM bookings WHERE date > ? AND status <> 'booked'", isoDate(new Date()))).toBe(0);
    expect(count("SELECT count(*) FROM bookings WHERE status = 'cancelled'")).toBeGreaterThan(0);
    expect(count("SELECT count(*) FROM bookings WHERE status = 'no_show'")).toBeGreaterThan(0);
    const channels = db.prepare('SELECT channel FROM bookings GROUP BY channel ORDER BY count(*) DESC').pluck().all();
    expect(channels).toEqual(['phone', 'email', 'walk_in']);

    // Desk holders away now and then: their desk released, and sometimes booked by someone else that day.
    expect(count('SELECT count(*) FROM desk_releases')).toBeGreaterThan(5);
    const holderIn = count(
      `SELECT count(*) FROM desk_releases r JOIN plans p ON p.id = r.plan_id
         JOIN attendances a ON a.member_id = p.member_id AND a.date = r.date`,
    );
    expect(holderIn).toBe(0);
    const releasedBooked = count(
      `SELECT count(*) FROM bookings b JOIN plans p ON p.seat_id = b.seat_id AND p.kind = 'permanent'
         JOIN desk_releases r ON r.plan_id = p.id AND r.date = b.date
        WHERE b.status IN ('booked', 'attended') AND b.member_id <> p.member_id`,
    );
    expect(releasedBooked).toBeGreaterThan(0);
  });
});
