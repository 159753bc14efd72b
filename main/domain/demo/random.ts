import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface Random {
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

/** A seeded generator so that `relais demo --seed S` always builds the same space. */
export function createRandom(seed: number): Random {
  const generator = xoroshiro128plus(seed);
  const random: Random = {
    int: (min, max) => uniformInt(generator, min, max),
    pick: (items) => {
      const item = items[random.int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
  return random;
}
