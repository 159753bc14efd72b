import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { verifyChain } from '../ledger/verify';
import { readSection } from '../settings/store';
import { fecNow } from './fec';
import { fiscalPeriod, fiscalYearContaining, type FiscalPeriod } from './fiscal-year';
import type { Closing, FiscalYearStatus } from './schema';

interface ClosingRow {
  year: number;
  start: string;
  end: string;
  closedAt: string;
  closedBy: string;
  totals: string;
  perpetualGrossCents: number;
  chainPosition: number;
  chainHash: string;
}

const CLOSING_SELECT = `SELECT c.year, c.start, c.end, c.closed_at AS closedAt, c.closed_by_name AS closedBy, c.totals, c.perpetual_gross_cents AS perpetualGrossCents,
       c.chain_position AS chainPosition, c.chain_hash AS chainHash
  FROM closings c`;

function toClosing(row: ClosingRow): Closing {
  const { totals, ...rest } = row;
  return { ...rest, ...(JSON.parse(totals) as Pick<Closing, 'invoices' | 'creditNotes' | 'payments' | 'deposits'>) };
}

export function closingOf(db: Db, year: number): Closing | null {
  const row = sql(db, `${CLOSING_SELECT} WHERE c.year = ?`).get(year) as ClosingRow | undefined;
  return row ? toClosing(row) : null;
}

/**
 * Every fiscal year from the first with activity to the current one, with what it holds, its closing,
 * and why it cannot be closed yet: not over, or an earlier year still open.
 */
export function fiscalYears(db: Db, today: string): FiscalYearStatus[] {
  const startMonth = readSection(db, 'accounting').fiscalYearStartMonth;
  const first = sql(
    db,
    `SELECT min(d) FROM (SELECT min(issue_date) AS d FROM invoices WHERE number IS NOT NULL
                          UNION ALL SELECT min(date) FROM payments UNION ALL SELECT min(date) FROM cheque_deposits)`,
  ).pluck().get() as string | null;
  const closings = new Map((sql(db, `${CLOSING_SELECT} ORDER BY c.year`).all() as ClosingRow[]).map((row) => [row.year, toClosing(row)]));
  const current = fiscalYearContaining(startMonth, today);
  const years: FiscalYearStatus[] = [];
  // Years a record could not be dated in (before 2000) are not accounts anyone can close.
  for (let year = Math.max(fiscalYearContaining(startMonth, first ?? today), 2000); year <= current; year++) {
    const closing = closings.get(year) ?? null;
    const period = closing ?? fiscalPeriod(startMonth, year);
    const counts = countsOf(db, period);
    // Only an earlier year with records must be closed first; the closing covers every day before it anyway.
    const open = years.some((earlier) => !earlier.closing && earlier.documents + earlier.payments > 0);
    const blocker = closing ? null : period.end >= today ? 'closing.not_over' : open ? 'closing.previous_open' : null;
    years.push({ year, start: period.start, end: period.end, documents: counts.documents, payments: counts.payments, closing, blocker });
  }
  return years.reverse();
}

function countsOf(db: Db, period: Pick<FiscalPeriod, 'start' | 'end'>): { documents: number; payments: number } {
  return sql(
    db,
    `SELECT (SELECT count(*) FROM invoices WHERE number IS NOT NULL AND issue_date BETWEEN @start AND @end) AS documents,
            (SELECT count(*) FROM payments WHERE date BETWEEN @start AND @end) AS payments`,
  ).get({ start: period.start, end: period.end }) as { documents: number; payments: number };
}

/**
 * Closes a fiscal year for ever, once it is over, the years before it are closed and the chain is
 * intact: stores its totals, the grand total since the first invoice and the chain's last link, after
 * which nothing can be dated in it (the database refuses it too).
 */
export function closeYear(db: Db, year: number, context: { today: string; at: string; staffId: number | null; actor: string }): Closing {
  const status = fiscalYears(db, context.today).find((candidate) => candidate.year === year);
  if (status?.closing) throw new Refusal('errors.accounting.already_closed', { year }, { field: 'year' });
  if (!status) throw new Refusal('errors.accounting.no_such_year', { year }, { field: 'year' });
  if (status.blocker) throw new Refusal(`errors.accounting.${status.blocker === 'closing.not_over' ? 'not_over' : 'previous_open'}`, { year, end: status.end }, { field: 'year' });
  const integrity = verifyChain(db);
  if (!integrity.intact) throw new Refusal('errors.accounting.chain_broken', { count: integrity.problems.length }, { field: 'year' });
  const period = { start: status.start, end: status.end };
  const totals = {
    invoices: documentTotals(db, 'invoice', period),
    creditNotes: documentTotals(db, 'credit-note', period),
    payments: sql(db, "SELECT count(*) AS count, coalesce(sum(amount_cents), 0) AS amountCents FROM payments WHERE method <> 'credit' AND date BETWEEN @start AND @end").get(period),
    deposits: sql(
      db,
      'SELECT count(DISTINCT d.id) AS count, coalesce(sum(p.amount_cents), 0) AS amountCents FROM cheque_deposits d JOIN payments p ON p.deposit_id = d.id WHERE d.date BETWEEN @start AND @end',
    ).get(period),
  };
  const perpetual = sql(db, 'SELECT coalesce(sum(gross_cents), 0) FROM invoices WHERE number IS NOT NULL AND issue_date <= ?').pluck().get(period.end) as number;
  const link = (sql(db, 'SELECT position, hash FROM chain ORDER BY position DESC LIMIT 1').get() as { position: number; hash: string } | undefined) ?? { position: 0, hash: '' };
  const fec = fecNow(db, year);
  sql(
    db,
    `INSERT INTO closings (year, start, end, closed_at, closed_by, closed_by_name, totals, perpetual_gross_cents, chain_position, chain_hash, fec, logo)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(year, period.start, period.end, context.at, context.staffId, context.actor, JSON.stringify(totals), perpetual, link.position, link.hash, JSON.stringify(fec), readSection(db, 'identity').logo);
  return closingOf(db, year) as Closing;
}

function documentTotals(db: Db, kind: 'invoice' | 'credit-note', period: { start: string; end: string }) {
  return sql(
    db,
    `SELECT count(*) AS count, coalesce(sum(net_cents), 0) AS netCents, coalesce(sum(vat_cents), 0) AS vatCents, coalesce(sum(gross_cents), 0) AS grossCents
       FROM invoices WHERE number IS NOT NULL AND kind = ? AND issue_date BETWEEN ? AND ?`,
  ).get(kind, period.start, period.end) as Closing['invoices'];
}
