import type { DocumentRecord, PaymentRecord } from './records';

/**
 * Which records settle each other: an invoice with its credit notes and the payments allocated to
 * it, a payment with its reversal. Money kept as a customer's credit and the credit it later pays
 * with are one pool per customer. Records joined so form a group (union–find over `i12`, `p7`).
 */
export function settlementGroups(documents: DocumentRecord[], payments: PaymentRecord[], drawn: Map<number, Map<string, number>>): (record: string) => string {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(key, root);
    return root;
  };
  const join = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const document of documents) if (document.correctsId !== null) join(`i${document.id}`, `i${document.correctsId}`);
  for (const payment of payments) {
    const key = `p${payment.id}`;
    for (const allocation of payment.allocations) join(key, `i${allocation.invoiceId}`);
    if (payment.reversesId !== null) join(key, `p${payment.reversesId}`);
    const allocated = payment.allocations.reduce((sum, a) => sum + a.amountCents, 0);
    if (payment.method !== 'credit' && allocated !== payment.amountCents) join(key, `credit:${payment.party}`);
    for (const party of drawn.get(payment.id)?.keys() ?? []) join(key, `credit:${party}`);
  }
  return find;
}

export interface LetterableLine {
  party: string;
  record: string;
  cents: number;
  date: string;
}

/**
 * Letters the customer-account lines dated by `asOf`, per group and customer account, where they
 * cancel out. A set's code comes from the place of its first line among the account's lines (in
 * journal order), so it stays the same from one export to the next; its date is its last line's.
 * `lines` must be in journal order.
 */
export function letter(lines: LetterableLine[], groupOf: (record: string) => string, asOf: string): Map<LetterableLine, { code: string; date: string }> {
  const place = new Map<string, number>();
  const sets = new Map<string, { lines: LetterableLine[]; sum: number; date: string; first: number }>();
  for (const line of lines) {
    const index = place.get(line.party) ?? 0;
    place.set(line.party, index + 1);
    if (line.date > asOf) continue;
    const key = `${line.party}\u0000${groupOf(line.record)}`;
    const set = sets.get(key) ?? { lines: [], sum: 0, date: '', first: index };
    set.lines.push(line);
    set.sum += line.cents;
    if (line.date > set.date) set.date = line.date;
    sets.set(key, set);
  }
  const letters = new Map<LetterableLine, { code: string; date: string }>();
  for (const set of sets.values()) {
    if (set.sum !== 0) continue;
    for (const line of set.lines) letters.set(line, { code: letterCode(set.first), date: set.date });
  }
  return letters;
}

/** 0 → `A`, 25 → `Z`, 26 → `AA`… */
function letterCode(index: number): string {
  let code = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) code = String.fromCharCode(65 + ((n - 1) % 26)) + code;
  return code;
}
