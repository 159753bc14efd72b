import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Secrets } from '../../main/domain/network/privacy';

describe('the network report’s withheld cells', () => {
  it('no count of 1 to k − 1 is published, and no withheld part of a published total can be told', () => {
    const table = fc.record({ k: fc.integer({ min: 5, max: 8 }), parts: fc.array(fc.nat({ max: 25 }), { minLength: 2, maxLength: 8 }) });
    fc.assert(
      fc.property(table, ({ k, parts }) => {
        const secrets = new Secrets(k);
        const cells = parts.map((value, i) => ({ path: `p${i}`, value }));
        const total = parts.reduce((sum, value) => sum + value, 0);
        secrets.table({ path: 'total', value: total }, cells);
        for (const cell of [...cells, { path: 'total', value: total }]) {
          if (!secrets.has(cell.path)) expect(cell.value === 0 || cell.value >= k).toBe(true);
        }
        if (secrets.has('total')) return;
        // What a reader knows: the published parts (zeros included), so each withheld part is ≥ 1 and
        // together they make the total less the published ones.
        const hidden = cells.filter((cell) => secrets.has(cell.path));
        if (hidden.length === 0) return;
        const rest = total - cells.filter((cell) => !secrets.has(cell.path)).reduce((sum, cell) => sum + cell.value, 0);
        expect(hidden.length).toBeGreaterThanOrEqual(2);
        expect(rest - (hidden.length - 1)).toBeGreaterThan(1); // each withheld part could be 1 or more
      }),
      { numRuns: 2000 },
    );
  });

  it('a sum over a year’s quarters: a quarter resting on fewer than k people goes with another', () => {
    const secrets = new Secrets(5);
    const quarter = (path: string, value: number, people: number) => ({ path, value, people });
    secrets.sums(quarter('year', 300, 9), [quarter('Q1', 190, 6), quarter('Q2', 68, 1), quarter('Q3', 42, 5), quarter('Q4', 0, 0)]);
    expect(['year', 'Q1', 'Q2', 'Q3', 'Q4'].filter((path) => secrets.has(path))).toEqual(['Q2', 'Q3']);
    const few = new Secrets(5);
    few.sums(quarter('year', 80, 3), [quarter('Q1', 80, 3)]);
    expect([few.has('year'), few.has('Q1')]).toEqual([true, true]);
  });
});
