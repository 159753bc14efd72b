import type { PaymentRecord } from './records';

/**
 * Which customer accounts each payment from credit draws on. Money a payment leaves unsettled is the
 * member's credit, on the account it was paid to (their own, or their organisation's); spending it
 * draws on those accounts in the order the credit was left. A reversal gives back what its payment
 * took. Returns, per credit payment, the cents drawn per account.
 */
export function creditDrawn(payments: PaymentRecord[]): Map<number, Map<string, number>> {
  const pools = new Map<number, Map<string, number>>();
  const drawn = new Map<number, Map<string, number>>();
  for (const payment of payments) {
    const pool = pools.get(payment.memberId) ?? new Map<string, number>();
    pools.set(payment.memberId, pool);
    if (payment.method !== 'credit') {
      const allocated = payment.allocations.reduce((sum, a) => sum + a.amountCents, 0);
      add(pool, payment.party, payment.amountCents - allocated);
      continue;
    }
    const taken = payment.reversesId === null ? draw(pool, payment.party, payment.amountCents) : negated(drawn.get(payment.reversesId));
    if (payment.reversesId !== null) for (const [party, cents] of taken) add(pool, party, -cents);
    drawn.set(payment.id, taken);
  }
  return drawn;
}

function draw(pool: Map<string, number>, fallback: string, amount: number): Map<string, number> {
  const taken = new Map<string, number>();
  let need = amount;
  for (const [party, cents] of pool) {
    const part = Math.min(need, Math.max(cents, 0));
    if (part <= 0) continue;
    add(taken, party, part);
    add(pool, party, -part);
    need -= part;
  }
  if (need > 0) {
    add(taken, fallback, need);
    add(pool, fallback, -need);
  }
  return taken;
}

function negated(taken: Map<string, number> | undefined): Map<string, number> {
  return new Map([...(taken ?? [])].map(([party, cents]) => [party, -cents]));
}

function add(map: Map<string, number>, key: string, cents: number): void {
  map.set(key, (map.get(key) ?? 0) + cents);
}
