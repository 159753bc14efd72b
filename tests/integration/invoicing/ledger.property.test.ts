import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { shiftDate } from '../../../main/domain/common/time';
import { expectOk } from '../../helpers/db';
import { billingSpace } from '../../helpers/invoicing';
import type { OutputOf } from '../../../main/api/contract';

type Listed = OutputOf<'invoices.list'>[number];
import { addMember } from '../../helpers/members';

const pick = fc.nat(40);
const euros = fc.integer({ min: 1, max: 30_000 });

const operation = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('draft' as const), member: fc.nat(2), lines: fc.array(fc.record({ quantity: fc.integer({ min: 1, max: 5 }), unitPriceCents: fc.integer({ min: 0, max: 20_000 }) }), { maxLength: 3 }) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('issue' as const), pick }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('credit' as const), pick, quantity: fc.integer({ min: 1, max: 3 }), whole: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('pay' as const), member: fc.nat(2), amountCents: euros, method: fc.constantFrom('cash', 'transfer', 'card', 'credit') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reverse' as const), pick }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('nextDay' as const), days: fc.integer({ min: 1, max: 20 }) }) },
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

const ids = (db: Db, query: string) => db.prepare(query).pluck().all() as number[];
const at = <T>(list: T[], index: number) => list[index % list.length] as T;

/** Every series numbered 1…n in order of issue, with dates that never go back. */
function seriesBroken(db: Db): unknown[] {
  const rows = db.prepare('SELECT series, seq, issue_date AS date FROM invoices WHERE number IS NOT NULL ORDER BY series, seq').all() as { series: string; seq: number; date: string }[];
  return rows.filter((row, index) => {
    const previous = rows[index - 1];
    const first = !previous || previous.series !== row.series;
    return first ? row.seq !== 1 : row.seq !== previous.seq + 1 || row.date < previous.date;
  });
}

/** Per issued invoice, invoiced − credited − paid recomputed from the rows, against what the list says is due. */
function balancesWrong(db: Db, listed: Listed[]): unknown[] {
  const expected = new Map(
    (db.prepare(
      `SELECT i.id, i.gross_cents + coalesce((SELECT sum(c.gross_cents) FROM invoices c WHERE c.corrects_id = i.id AND c.number IS NOT NULL), 0)
                - coalesce((SELECT sum(a.amount_cents) FROM payment_allocations a WHERE a.invoice_id = i.id), 0) AS balance
         FROM invoices i WHERE i.kind = 'invoice' AND i.number IS NOT NULL`,
    ).all() as { id: number; balance: number }[]).map((row) => [row.id, row.balance]),
  );
  return listed.filter((row) => row.kind === 'invoice' && row.number !== null && expected.get(row.id) !== row.balanceCents);
}

describe('any sequence of drafting, issuing, crediting and paying', () => {
  it('keeps every series gapless and chronological, every balance = invoiced − credited − paid, and the chain intact', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 5, maxLength: 30 }), (operations: Operation[]) => {
        const space = billingSpace();
        const { dispatch, desk, db, clock } = space;
        let today = '2026-12-01';
        const members = [addMember(dispatch, desk), addMember(dispatch, desk, { firstName: 'Sam', lastName: 'Perrin', email: 'sam@example.org', phone: '' }), addMember(dispatch, desk, { firstName: 'Noa', lastName: 'Bernard', email: 'noa@example.org', phone: '', organisationName: 'Noa SARL', organisationSiren: '732829320' })];
        for (const operation of operations) {
          const issued = ids(db, "SELECT id FROM invoices WHERE number IS NOT NULL AND kind = 'invoice' ORDER BY id");
          switch (operation.op) {
            case 'draft': {
              const draft = expectOk(dispatch(desk, 'invoices.createDraft', { memberId: at(members, operation.member) })) as { id: number };
              for (const line of operation.lines) dispatch(desk, 'invoices.addLine', { invoiceId: draft.id, description: 'Prestation', ...line });
              break;
            }
            case 'issue': {
              const drafts = ids(db, 'SELECT id FROM invoices WHERE number IS NULL');
              if (drafts.length > 0) dispatch(desk, 'invoices.issue', { invoiceIds: [at(drafts, operation.pick)] });
              break;
            }
            case 'credit':
              if (issued.length > 0) {
                const invoiceId = at(issued, operation.pick);
                dispatch(desk, 'invoices.credit', operation.whole ? { invoiceId } : { invoiceId, lines: [{ position: 1, quantity: operation.quantity }] });
              }
              break;
            case 'pay':
              dispatch(desk, 'payments.add', { memberId: at(members, operation.member), method: operation.method, amountCents: operation.amountCents });
              break;
            case 'reverse': {
              const payments = ids(db, 'SELECT id FROM payments ORDER BY id');
              if (payments.length > 0) dispatch(desk, 'payments.reverse', { paymentId: at(payments, operation.pick) });
              break;
            }
            case 'nextDay':
              today = shiftDate(today, operation.days);
              clock.set(`${today}T10:00:00+01:00`);
              break;
          }
        }
        const listed = [2026, 2027].flatMap((year) => expectOk(dispatch(desk, 'invoices.list', { year })) as Listed[]);
        const verified = expectOk(dispatch(desk, 'ledger.verify', {})) as OutputOf<'ledger.verify'>;
        expect(seriesBroken(db)).toEqual([]);
        expect(balancesWrong(db, listed)).toEqual([]);
        expect(db.prepare("SELECT count(*) FROM invoices WHERE number IS NOT NULL AND kind = 'invoice' AND gross_cents <= 0").pluck().get()).toBe(0);
        expect(verified.problems).toEqual([]);
        expect(verified.links).toBe(db.prepare('SELECT (SELECT count(*) FROM invoices WHERE number IS NOT NULL) + (SELECT count(*) FROM payments)').pluck().get());
      }),
      { numRuns: 25 },
    );
  });
});
