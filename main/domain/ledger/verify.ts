import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { chainHash, type Json } from './canonical';
import { chainedRecords } from './records';
import type { IntegrityProblem, IntegrityReport } from './schema';

interface Link {
  position: number;
  record: 'invoice' | 'payment';
  recordId: number;
  previousHash: string;
  hash: string;
}

interface Numbered {
  id: number;
  number: string;
  series: string;
  seq: number;
  issueDate: string;
}

/**
 * Recomputes the whole chain and names every record altered (its hash no longer matches, or its
 * totals are not its lines'), removed (a link or a number missing), or inserted (an issued record
 * outside the chain, or numbered, dated or chained out of its series' order), and a chain that no
 * longer holds the last link a yearly closing stored (rewritten whole, or cut short).
 */
export function verifyChain(db: Db): IntegrityReport {
  const links = sql(db, 'SELECT position, record, record_id AS recordId, previous_hash AS previousHash, hash FROM chain ORDER BY position').all() as Link[];
  const records = chainedRecords(db);
  const numbers = numbersOf(records);
  const problems: IntegrityProblem[] = [];
  const chained = new Set<string>();
  let previous = '';
  let expectedPosition = 1;
  for (const link of links) {
    const key = `${link.record}:${link.recordId}`;
    const number = link.record === 'invoice' ? (numbers.get(link.recordId)?.number ?? null) : null;
    const problem = (kind: IntegrityProblem['problem']) => problems.push({ problem: kind, record: link.record, recordId: link.recordId, number, position: link.position });
    if (link.position !== expectedPosition) problems.push({ problem: 'link_removed', record: link.record, recordId: link.recordId, number, position: expectedPosition });
    if (link.previousHash !== previous) problem('link_broken');
    const record = records.get(key);
    if (record === undefined) problem('removed');
    else if (chainHash(record, link.previousHash) !== link.hash) problem('altered');
    else if (!addsUp(record)) problem('inconsistent');
    chained.add(key);
    previous = link.hash;
    expectedPosition = link.position + 1;
  }
  for (const key of records.keys()) {
    if (chained.has(key)) continue;
    const [record, id] = key.split(':') as ['invoice' | 'payment', string];
    problems.push({ problem: 'inserted', record, recordId: Number(id), number: record === 'invoice' ? (numbers.get(Number(id))?.number ?? null) : null, position: null });
  }
  problems.push(...seriesProblems(links, numbers), ...closingProblems(db, links));
  return { intact: problems.length === 0, links: links.length, records: records.size, lastHash: previous, problems };
}

/** Each issued document's number, series and date, read from the records already loaded. */
function numbersOf(records: Map<string, Json>): Map<number, Numbered> {
  const numbers = new Map<number, Numbered>();
  for (const record of records.values()) {
    const row = record as unknown as Numbered & { record: string };
    if (row.record === 'invoice') numbers.set(row.id, row);
  }
  return numbers;
}

/** A document's totals are its lines' (a record forged with a recomputed hash still has to add up). */
function addsUp(record: Json): boolean {
  const document = record as { record: string; netCents?: number; vatCents?: number; grossCents?: number; lines?: { netCents: number }[] };
  if (document.record !== 'invoice') return true;
  const lines = (document.lines ?? []).reduce((sum, line) => sum + line.netCents, 0);
  return lines === document.netCents && (document.netCents ?? 0) + (document.vatCents ?? 0) === document.grossCents;
}

/** Each series must be numbered 1, 2, 3…, dated in that order, and chained in that order. */
function seriesProblems(links: Link[], numbers: Map<number, Numbered>): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const chainOrder = new Map(links.filter((link) => link.record === 'invoice').map((link) => [link.recordId, link.position]));
  const bySeries = new Map<string, Numbered[]>();
  for (const row of numbers.values()) bySeries.set(row.series, [...(bySeries.get(row.series) ?? []), row]);
  for (const rows of bySeries.values()) {
    rows.sort((a, b) => a.seq - b.seq);
    rows.forEach((row, index) => {
      if (row.seq !== index + 1 && (index === 0 || (rows[index - 1] as Numbered).seq !== row.seq - 1)) {
        problems.push({ problem: 'number_missing', record: 'invoice', recordId: row.id, number: row.number, position: chainOrder.get(row.id) ?? null });
      }
      const previous = index > 0 ? (rows[index - 1] as Numbered) : undefined;
      const before = previous ? chainOrder.get(previous.id) : undefined;
      const here = chainOrder.get(row.id);
      if ((before !== undefined && here !== undefined && here < before) || (previous && row.issueDate < previous.issueDate)) {
        problems.push({ problem: 'out_of_order', record: 'invoice', recordId: row.id, number: row.number, position: here ?? null });
      }
    });
  }
  return problems;
}

/** Each closed year stored the chain's last link then: the chain must still hold it, unchanged. */
function closingProblems(db: Db, links: Link[]): IntegrityProblem[] {
  const closings = sql(db, 'SELECT year, chain_position AS position, chain_hash AS hash FROM closings WHERE chain_position > 0 ORDER BY year').all() as { year: number; position: number; hash: string }[];
  const byPosition = new Map(links.map((link) => [link.position, link.hash]));
  return closings
    .filter((closing) => byPosition.get(closing.position) !== closing.hash)
    .map((closing) => ({ problem: 'closing_mismatch' as const, record: 'closing' as const, recordId: closing.year, number: null, position: closing.position }));
}
