import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cliSession } from '../../../main/api/session';
import type { Db } from '../../../main/db/open';
import { dispatcherWithAdmin, manualClock } from '../../helpers/db';
import { addMember } from '../../helpers/members';

// Five open weekdays, a Saturday and a public holiday (Friday 25 December).
const DATES = ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-26'];
const SEATS = ['A1', 'A2', 'A4', 'B3', 'B4'];
const SLOTS = ['am', 'pm', 'day'] as const;

const seat = fc.constantFrom(...SEATS);
const date = fc.constantFrom(...DATES);
const slot = fc.constantFrom(...SLOTS);
const pick = fc.nat(50);

const operation = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('book' as const), seat, date, slot, member: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('cancel' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('noShow' as const), pick }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('move' as const), pick, seat, date, slot }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('plan' as const), seat: fc.constantFrom('A1', 'A2', 'B4'), from: date, to: date, member: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('release' as const), pick, date }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reclaim' as const), pick, date }) },
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/**
 * Every seat and half-day held by more than one live booking or desk plan, read straight from the
 * tables (not from seat_holds, the mechanism under test).
 */
function doubleBooked(db: Db): unknown[] {
  return db
    .prepare(
      `WITH halves(half) AS (VALUES ('am'), ('pm')),
            days(date) AS (SELECT value FROM json_each(?)),
            live AS (
              SELECT b.seat_id, b.date, h.half FROM bookings b JOIN halves h ON b.slot IN (h.half, 'day')
               WHERE b.status IN ('booked', 'attended')
              UNION ALL
              SELECT p.seat_id, d.date, h.half FROM plans p JOIN days d ON d.date BETWEEN p.start_date AND coalesce(p.end_date, '9999-12-31')
                JOIN halves h
               WHERE p.kind <> 'carnet' AND NOT EXISTS (SELECT 1 FROM desk_releases r WHERE r.plan_id = p.id AND r.date = d.date))
       SELECT seat_id, date, half, count(*) AS holders FROM live GROUP BY seat_id, date, half HAVING count(*) > 1`,
    )
    .all(JSON.stringify(DATES));
}

describe('no double booking, ever', () => {
  it('holds after every step of thousands of random book / cancel / move / plan / release sequences', () => {
    let steps = 0;
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(operation, { minLength: 10, maxLength: 40 }), (operations: Operation[]) => {
        const space = dispatcherWithAdmin({ clock: manualClock('2026-12-18T09:00:00+01:00').now });
        const desk = cliSession();
        const members = [
          addMember(space.dispatch, desk),
          addMember(space.dispatch, desk, { firstName: 'Sam', email: 'sam@example.org', phone: '' }),
          addMember(space.dispatch, desk, { firstName: 'Noé', email: 'noe@example.org', phone: '' }),
        ];
        const ids = (table: string) => space.db.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as number[];
        const nth = (list: number[], n: number) => list[n % Math.max(list.length, 1)] ?? 1;
        const seatId = (code: string) => space.db.prepare('SELECT id FROM seats WHERE code = ?').pluck().get(code) as number;
        for (const step of operations) {
          const result = (() => {
            switch (step.op) {
              case 'book':
                return space.dispatch(desk, 'bookings.book', { seat: step.seat, date: step.date, slot: step.slot, memberId: members[step.member] ?? null });
              case 'cancel':
                return space.dispatch(desk, 'bookings.cancel', { bookingId: nth(ids('bookings'), step.pick) });
              case 'noShow':
                return space.dispatch(desk, 'bookings.markNoShow', { bookingId: nth(ids('bookings'), step.pick) });
              case 'move':
                return space.dispatch(desk, 'bookings.move', { bookingId: nth(ids('bookings'), step.pick), seat: step.seat, date: step.date, slot: step.slot });
              case 'plan': {
                const [startDate, endDate] = [step.from, step.to].sort() as [string, string];
                const kind = step.seat === 'B4' ? 'trainee' : 'permanent';
                const input = kind === 'trainee' ? { kind, trainingOrganisation: 'GRETA' } : { kind };
                return space.dispatch(desk, 'plans.add', { ...input, memberId: members[step.member] ?? 1, seatId: seatId(step.seat), startDate, endDate } as never);
              }
              case 'release':
                return space.dispatch(desk, 'bookings.releaseDesk', { planId: nth(ids("plans WHERE kind <> 'carnet'"), step.pick), date: step.date });
              case 'reclaim':
                return space.dispatch(desk, 'bookings.reclaimDesk', { planId: nth(ids("plans WHERE kind <> 'carnet'"), step.pick), date: step.date });
            }
          })();
          steps += 1;
          if (result.ok) accepted += 1;
          // A refusal is a clear one, never an unexpected error.
          else expect(result.error.code, result.error.messageEn).not.toBe('internal');
          expect(doubleBooked(space.db)).toEqual([]);
        }
        space.db.close();
      }),
      { numRuns: 120 },
    );
    // The sequences did real work, not only refusals.
    expect(steps).toBeGreaterThan(2000);
    expect(accepted).toBeGreaterThan(steps / 5);
  });
});
