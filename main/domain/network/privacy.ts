export type SecretReason = 'effectif_faible' | 'secret_secondaire' | 'moins_de_k_contributeurs';

interface Cell {
  path: string;
  value: number;
}

/**
 * Statistical disclosure control of the report: which published values are withheld, and why.
 * Counts of people from 1 to k − 1 are withheld (primary secrecy); in a table whose total is
 * published, a lone withheld part would be the total less the others, so a second part is withheld
 * too (secondary secrecy) — the smallest non-zero one, or the total itself when there is none.
 */
export class Secrets {
  readonly withheld = new Map<string, SecretReason>();

  constructor(readonly k: number) {}

  has(path: string): boolean {
    return this.withheld.has(path);
  }

  hide(path: string, reason: SecretReason): void {
    if (!this.withheld.has(path)) this.withheld.set(path, reason);
  }

  /** A count of people. */
  count(path: string, value: number): void {
    if (value >= 1 && value < this.k) this.hide(path, 'effectif_faible');
  }

  /** A total and the parts it is the sum of, each a count of people. */
  table(total: Cell, parts: Cell[]): void {
    this.count(total.path, total.value);
    for (const part of parts) this.count(part.path, part.value);
    if (this.has(total.path)) return; // then every non-zero part is below k, and withheld
    if (parts.filter((part) => this.has(part.path)).length !== 1) return;
    const second = parts.filter((part) => !this.has(part.path) && part.value > 0).sort((a, b) => a.value - b.value)[0];
    this.hide(second?.path ?? total.path, 'secret_secondaire');
  }

  /** Two places publishing the same figure are withheld together. */
  same(a: string, b: string): void {
    const reason = this.withheld.get(a) ?? this.withheld.get(b);
    if (reason) {
      this.hide(a, reason);
      this.hide(b, reason);
    }
  }

  /** A sum that rests on `contributors` people: withheld when they are fewer than k (and not none). */
  sum(path: string, contributors: number): void {
    if (contributors >= 1 && contributors < this.k) this.hide(path, 'moins_de_k_contributeurs');
  }

  /** `value`, or `null` when withheld. */
  published<T>(path: string, value: T): T | null {
    return this.has(path) ? null : value;
  }

  list(): { indicateur: string; raison: SecretReason }[] {
    return [...this.withheld].map(([indicateur, raison]) => ({ indicateur, raison }));
  }
}
