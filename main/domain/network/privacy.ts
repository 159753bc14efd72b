interface Cell {
  path: string;
  value: number;
}

/** A cell never published (the people a published part leaves out of its total): withheld, not listed. */
export const unpublished = (path: string): string => `~${path}`;

/**
 * Statistical disclosure control of the report: which published values are withheld. Counts of
 * people from 1 to k − 1 are withheld (primary secrecy). In a table whose total is published, the
 * withheld parts add up to the total less the published ones; as zeros are published, each withheld
 * part is at least 1, so a lone withheld part, or withheld parts that can only be 1 each, would be
 * known: more parts are withheld, the smallest first, until none can be told (secondary secrecy).
 * Which cells were withheld first is not published, so a reader cannot tell the small ones apart.
 */
export class Secrets {
  private readonly withheld = new Set<string>();

  constructor(readonly k: number) {}

  has(path: string): boolean {
    return this.withheld.has(path);
  }

  hide(path: string): void {
    this.withheld.add(path);
  }

  /** A count of people. */
  count(path: string, value: number): void {
    if (value >= 1 && value < this.k) this.hide(path);
  }

  /** A total and the parts it is the sum of, each a count of people. */
  table(total: Cell, parts: Cell[]): void {
    this.count(total.path, total.value);
    for (const part of parts) this.count(part.path, part.value);
    while (!this.has(total.path)) {
      const hidden = parts.filter((part) => this.has(part.path));
      const sum = hidden.reduce((s, part) => s + part.value, 0);
      // Each withheld part is worth between 1 and sum − (n − 1): known when that is a single value.
      if (hidden.length === 0 || (hidden.length > 1 && sum - (hidden.length - 1) > 1)) return;
      const next = parts.filter((part) => !this.has(part.path) && part.value > 0).sort((a, b) => a.value - b.value)[0];
      this.hide(next?.path ?? total.path);
    }
  }

  /**
   * A sum over periods (a year and its quarters) resting on some people each: a part resting on fewer
   * than k people is withheld, and a second one with it, so that the total less the others cannot
   * give it back; when the total itself rests on fewer than k, all go.
   */
  sums(total: Cell & { people: number }, parts: (Cell & { people: number })[]): void {
    const few = (people: number) => people >= 1 && people < this.k;
    if (few(total.people)) {
      for (const cell of [total, ...parts]) this.hide(cell.path);
      return;
    }
    for (const part of parts) if (few(part.people)) this.hide(part.path);
    if (parts.filter((part) => this.has(part.path)).length !== 1) return;
    const next = parts.filter((part) => !this.has(part.path) && part.people > 0).sort((a, b) => a.people - b.people)[0];
    this.hide(next?.path ?? total.path);
  }

  /** Two places publishing the same figure are withheld together. */
  same(a: string, b: string): void {
    if (this.has(a) || this.has(b)) {
      this.hide(a);
      this.hide(b);
    }
  }

  /** `value`, or `null` when withheld. */
  published<T>(path: string, value: T): T | null {
    return this.has(path) ? null : value;
  }

  /** The withheld cells of the report, in order, without the unpublished ones. */
  list(): string[] {
    return [...this.withheld].filter((path) => !path.startsWith('~')).sort();
  }
}
