import type { Faker } from '@faker-js/faker';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { insertCall } from '../calls/calls';
import { isoDateTime } from '../common/time';

const digits = (faker: Faker, count: number) => faker.string.numeric({ length: count, allowLeadingZeros: true });

/** A number of each kind members call, in the proportions of a rural coworking space's line. */
function demoNumber(faker: Faker): string {
  return faker.helpers.weightedArrayElement([
    { weight: 62, value: () => `0${faker.helpers.arrayElement(['5', '5', '5', '1', '2', '4'])} ${digits(faker, 2)} ${digits(faker, 2)} ${digits(faker, 2)} ${digits(faker, 2)}` },
    { weight: 20, value: () => `0${faker.helpers.arrayElement(['6', '7'])}${faker.helpers.arrayElement(['3', '5', '6', '8'])}${digits(faker, 7)}` },
    { weight: 8, value: () => `09${digits(faker, 8)}` },
    { weight: 3, value: () => `08${faker.helpers.arrayElement(['00', '10', '99'])}${digits(faker, 6)}` },
    { weight: 2, value: () => `0${faker.helpers.arrayElement(['590', '596', '262'])}${digits(faker, 6)}` },
    { weight: 4, value: () => `+${faker.helpers.arrayElement(['44 20', '32 2', '34 91', '49 30'])} ${digits(faker, 7)}` },
    { weight: 1, value: () => faker.helpers.arrayElement([`0712${digits(faker, 6)}`, digits(faker, 5)]) },
  ])();
}

/** Mostly a few minutes, now and then a long one. */
const demoDuration = (faker: Faker) => Math.min(3600, Math.round(10 - Math.log(1 - faker.number.float({ min: 0, max: 0.999 })) * 170));

/**
 * Calls on the shared line during members' visits (about a call and a half per visit): most of them
 * out, some in; most imported from the operator's monthly statement, the rest typed at the desk.
 */
export function demoCalls(db: Db, faker: Faker, at: string): number {
  const visits = sql(db, "SELECT member_id AS memberId, arrived_at AS arrivedAt, left_at AS leftAt FROM attendances ORDER BY arrived_at").all() as { memberId: number; arrivedAt: string; leftAt: string | null }[];
  const lines = new Map<string, number>();
  let count = 0;
  for (const visit of visits) {
    const from = new Date(visit.arrivedAt).getTime();
    const until = visit.leftAt ? new Date(visit.leftAt).getTime() : from + 3 * 3_600_000;
    const calls = faker.helpers.weightedArrayElement([{ weight: 27, value: 0 }, { weight: 30, value: 1 }, { weight: 26, value: 2 }, { weight: 17, value: 4 }]);
    for (let i = 0; i < calls; i++) {
      const startedAt = isoDateTime(new Date(Math.floor(faker.number.int({ min: from, max: Math.max(from, until - 60_000) }) / 1000) * 1000));
      const direction = faker.datatype.boolean({ probability: 0.85 }) ? 'out' : 'in';
      const file = `releve-${startedAt.slice(0, 7)}.csv`;
      const imported = faker.datatype.boolean({ probability: 0.65 });
      const line = (lines.get(file) ?? 1) + 1;
      if (imported) lines.set(file, line);
      const memberId = direction === 'out' || faker.datatype.boolean({ probability: 0.6 }) ? visit.memberId : null;
      const source = imported ? { file, line } : null;
      if (insertCall(db, { direction, number: demoNumber(faker), startedAt, durationSeconds: demoDuration(faker), memberId, note: '', source }, at) !== null) count++;
    }
  }
  return count;
}
