/**
 * The network report (issue 9): the report as « Rapport au réseau » asks for it — last year by
 * default, or a quarter — (a screen: < 10 ms p95), beside the raw SQL it rests on: the period's
 * visits, seat holds and issued documents.
 */
import type { Db } from '../main/db/open';
import type { Call } from './datasets';
import { time, TARGETS, type BenchRow } from './measure';

const RUNS = 100;

export function benchNetwork(db: Db, call: Call, today: string): BenchRow[] {
  const year = Number(today.slice(0, 4));
  // The last quarter that is over (reports cover finished periods only).
  const month = Number(today.slice(5, 7));
  const quarter = Math.floor((month - 1) / 3);
  const lastQuarter = quarter === 0 ? { year: year - 1, quarter: 4 } : { year, quarter };
  const quarterRange = {
    from: `${lastQuarter.year}-${String(lastQuarter.quarter * 3 - 2).padStart(2, '0')}-01`,
    to: `${lastQuarter.year}-${String(lastQuarter.quarter * 3).padStart(2, '0')}-${lastQuarter.quarter === 1 || lastQuarter.quarter === 4 ? '31' : '30'}`,
  };
  const reads = [
    db.prepare('SELECT member_id, date FROM attendances WHERE date BETWEEN ? AND ?'),
    db.prepare('SELECT seat_id, date, half FROM seat_holds WHERE date BETWEEN ? AND ?'),
    db.prepare('SELECT net_cents FROM invoices WHERE number IS NOT NULL AND issue_date BETWEEN ? AND ?'),
  ];
  const rawOf = (from: string, to: string) => time(() => reads.map((statement) => statement.all(from, to)), RUNS);
  return [
    {
      operation: 'network report, last year (network.report)',
      detail: `${year - 1}`,
      timing: time(() => call('network.report', { year: year - 1 }), RUNS),
      raw: rawOf(`${year - 1}-01-01`, `${year - 1}-12-31`),
      targetMs: TARGETS.screen,
    },
    {
      operation: 'network report, last quarter (network.report)',
      detail: `${lastQuarter.year} Q${lastQuarter.quarter}`,
      timing: time(() => call('network.report', lastQuarter), RUNS),
      raw: rawOf(quarterRange.from, quarterRange.to),
      targetMs: TARGETS.screen,
    },
  ];
}
