import { beforeAll, describe, expect, it } from 'vitest';
import { cliSession } from '../../../main/api/session';
import { journalEntries } from '../../../main/domain/accounting/journal';
import { fiscalYearOf } from '../../../main/domain/accounting/fiscal-year';
import { BALANCE_SQL } from '../../../main/domain/invoicing/balance';
import type { Db } from '../../../main/db/open';
import { expectOk, suiteDispatcherWithAdmin } from '../../helpers/db';

/**
 * What each customer account should hold, read from invoicing alone: what its invoices still owe
 * (total − credited − paid), less the money its payments brought that settled nothing yet (its credit).
 */
function expectedBalances(db: Db): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT CASE WHEN organisation_id IS NULL THEN 'U' || printf('%04d', member_id) ELSE 'O' || printf('%04d', organisation_id) END AS party, sum(${BALANCE_SQL}) AS cents
         FROM invoices i WHERE i.kind = 'invoice' AND i.number IS NOT NULL GROUP BY party
       UNION ALL
       SELECT CASE WHEN p.organisation_id IS NULL THEN 'U' || printf('%04d', p.member_id) ELSE 'O' || printf('%04d', p.organisation_id) END,
              -sum(CASE WHEN p.method = 'credit' THEN -p.amount_cents ELSE p.amount_cents - (SELECT coalesce(sum(a.amount_cents), 0) FROM payment_allocations a WHERE a.payment_id = p.id) END)
         FROM payments p GROUP BY 1`,
    )
    .all() as { party: string; cents: number }[];
  const balances = new Map<string, number>();
  for (const { party, cents } of rows) balances.set(party, (balances.get(party) ?? 0) + cents);
  return balances;
}

describe('journal entries of three years of demonstration activity', () => {
  let space: ReturnType<typeof suiteDispatcherWithAdmin>;
  let db: Db;
  beforeAll(() => {
    space = suiteDispatcherWithAdmin();
    expectOk(space.dispatch(cliSession(), 'demo.load', { years: 3, seed: 5 }));
    db = space.db;
  }, 120_000);

  it('balances every entry, and debits equal credits over all of them', () => {
    const entries = journalEntries(db, { from: '2000-01-01', to: '2099-12-31' });
    expect(entries.length).toBeGreaterThan(500);
    let debit = 0;
    let credit = 0;
    for (const entry of entries) {
      const d = entry.lines.reduce((sum, line) => sum + line.debitCents, 0);
      const c = entry.lines.reduce((sum, line) => sum + line.creditCents, 0);
      expect({ piece: entry.pieceRef, d }).toEqual({ piece: entry.pieceRef, d: c });
      expect(d).toBeGreaterThan(0);
      debit += d;
      credit += c;
    }
    expect(debit).toBe(credit);
    const journals = new Set(entries.map((entry) => entry.journal));
    expect([...journals].sort()).toEqual(['BQ', 'CA', 'VE']);
  });

  it('leaves on every customer account what invoicing says the customer owes, less their credit', () => {
    const entries = journalEntries(db, { from: '2000-01-01', to: '2099-12-31' });
    const ledger = new Map<string, number>();
    for (const line of entries.flatMap((entry) => entry.lines)) {
      if (line.account !== '411000') continue;
      expect(line.auxiliary).toMatch(/^[UO]\d{4}$/);
      ledger.set(line.auxiliary, (ledger.get(line.auxiliary) ?? 0) + line.debitCents - line.creditCents);
    }
    const expected = expectedBalances(db);
    expect(ledger.size).toBeGreaterThan(30);
    for (const party of new Set([...ledger.keys(), ...expected.keys()])) {
      expect({ party, cents: ledger.get(party) ?? 0 }).toEqual({ party, cents: expected.get(party) ?? 0 });
    }
    // Members billed only in their own name: the account equals what the payments screen says they owe, less their credit.
    const ownOnly = db
      .prepare(
        `SELECT DISTINCT member_id FROM invoices WHERE number IS NOT NULL
          EXCEPT SELECT member_id FROM invoices WHERE organisation_id IS NOT NULL
          EXCEPT SELECT member_id FROM payments WHERE organisation_id IS NOT NULL`,
      )
      .pluck()
      .all() as number[];
    expect(ownOnly.length).toBeGreaterThan(20);
    for (const memberId of ownOnly) {
      const account = expectOk(space.dispatch(cliSession(), 'payments.account', { memberId })) as { dueCents: number; creditCents: number };
      const party = `U${String(memberId).padStart(4, '0')}`;
      expect({ party, cents: ledger.get(party) ?? 0 }).toEqual({ party, cents: account.dueCents - account.creditCents });
    }
  });

  it('letters only sets of customer lines that cancel out, as they stood at the end of the year, the same in every export', () => {
    const year = fiscalYearOf(db, Number(db.prepare('SELECT max(substr(issue_date, 1, 4)) FROM invoices').pluck().get()) - 1);
    const upToYearEnd = journalEntries(db, { from: '2000-01-01', to: year.end });
    const sets = new Map<string, number>();
    const letterOf = new Map<string, string>();
    let lettered = 0;
    for (const entry of upToYearEnd) {
      for (const [index, line] of entry.lines.entries()) {
        letterOf.set(`${entry.journal}${entry.date}${entry.number}:${index}`, line.letter);
        if (!line.letter) continue;
        lettered++;
        expect(line.account).toBe('411000');
        expect(line.letterDate <= year.end).toBe(true);
        const key = `${line.auxiliary}:${line.letter}`;
        sets.set(key, (sets.get(key) ?? 0) + line.debitCents - line.creditCents);
      }
    }
    expect(lettered).toBeGreaterThan(100);
    for (const [key, sum] of sets) expect({ key, sum }).toEqual({ key, sum: 0 });
    // The year's own export letters its lines as the longer one does (a set may reach into the year before).
    for (const entry of journalEntries(db, { from: year.start, to: year.end })) {
      for (const [index, line] of entry.lines.entries()) expect(line.letter).toBe(letterOf.get(`${entry.journal}${entry.date}${entry.number}:${index}`));
    }
  });
});
