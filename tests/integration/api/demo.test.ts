import { describe, expect, it } from 'vitest';
import { cliSession } from '../../../main/api/session';
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
});
