/**
 * The network report (issue 9): a year's report as the preview screen asks for it (a screen: < 10 ms
 * p95), beside the raw SQL it rests on — the year's visits, seat holds and issued documents.
 */
import type { Db } from '../main/db/open';
import { time, type BenchRow } from './measure';

const RUNS = 100;

type Call = (method: 'network.report', input: unknown) => unknown;

export function benchNetwork(db: Db, call: Call, today: string): BenchRow[] {
  const year = Number(today.slice(0, 4)) - 1;
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  const reads = [
    db.prepare('SELECT member_id, date FROM attendances WHERE date BETWEEN ? AND ?'),
    db.prepare('SELECT seat_id, date, half FROM seat_holds WHERE date BETWEEN ? AND ?'),
    db.prepare('SELECT net_cents FROM invoices WHERE number IS NOT NULL AND issue_date BETWEEN ? AND ?'),
  ];
  const raw = time(() => reads.map((statement) => statement.all(from, to)), RUNS);
  const report = time(() => call('network.report', { year }), RUNS);
  return [{ operation: `network.report via dispatcher, ${year}`, timing: report, raw, targetMs: 10 }];
}
