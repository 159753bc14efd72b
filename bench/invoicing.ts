/**
 * Invoices and payments (DESIGN §7): the monthly billing run, drafted and issued (< 200 ms), the
 * verification of the whole chain (< 2 s), and the screens of « Facturation du mois », « Factures »,
 * « Paiements » and « Impayés » (< 10 ms), through the dispatcher, each beside the raw SQL it rests on.
 */
import type { Db } from '../main/db/open';
import { lastDayOfMonth, shiftDate } from '../main/domain/common/time';
import { billableItems } from '../main/domain/invoicing/sources';
import { scalar, type Call } from './datasets';
import { time, TARGETS, type BenchRow } from './measure';

const RUNS = 20;
const SCREEN_RUNS = 100;
const VERIFY_RUNS = 10;

/** The reads a billing run makes for one month, as plain statements. */
function rawMonthReads(db: Db): (first: string, last: string) => unknown[] {
  const statements = [
    db.prepare("SELECT * FROM plans WHERE kind <> 'carnet' AND start_date <= @last AND (end_date IS NULL OR end_date >= @first)"),
    db.prepare("SELECT * FROM plans WHERE kind = 'carnet' AND start_date BETWEEN @first AND @last"),
    db.prepare('SELECT * FROM memberships WHERE substr(created_at, 1, 10) BETWEEN @first AND @last'),
    db.prepare("SELECT * FROM half_day_uses WHERE coverage = 'dropin' AND date BETWEEN @first AND @last"),
    db.prepare('SELECT * FROM calls WHERE month = substr(@first, 1, 7) AND member_id IS NOT NULL'),
  ];
  return (first, last) => statements.map((statement) => statement.all({ first, last }));
}

/** Of last month and this one, the month with the most left to bill (the demonstration leaves last month for the treasurer). */
function monthToBill(db: Db, today: string): { month: string; first: string; last: string; items: number } {
  const candidates = [shiftDate(`${today.slice(0, 7)}-01`, -1).slice(0, 7), today.slice(0, 7)].map((month) => ({ month, items: billableItems(db, month, today).length }));
  const best = candidates.sort((a, b) => b.items - a.items)[0] as { month: string; items: number };
  return { ...best, first: `${best.month}-01`, last: lastDayOfMonth(best.month) };
}

/** Each billing run is rolled back, so every run drafts and issues the same month from scratch. */
function rolledBack<T>(db: Db, work: () => T): T {
  db.exec('BEGIN');
  try {
    return work();
  } finally {
    db.exec('ROLLBACK');
  }
}

export function benchInvoicing(db: Db, call: Call, today: string): { rows: BenchRow[]; facts: Record<string, number> } {
  const rows: BenchRow[] = [];
  const add = (operation: string, detail: string, timing: BenchRow['timing'], raw: BenchRow['raw'], targetMs: number | null = TARGETS.screen) => rows.push({ operation, detail, timing, raw, targetMs });

  // « Facturation du mois »: draft the month, look at the drafts, issue them.
  const target = monthToBill(db, today);
  const raw = rawMonthReads(db);
  const rawMonth = time(() => raw(target.first, target.last), RUNS);
  const drafted = rolledBack(db, () => (call('invoices.run', { month: target.month, issue: false }) as { drafts: unknown[] }).drafts.length);
  const issued = rolledBack(db, () => (call('invoices.run', { month: target.month, issue: true }) as { issued: unknown[] }).issued.length);
  const runLabel = `${target.month}, ${target.items} items billed`;
  add('billing run, drafts only (invoices.run)', `${runLabel} → ${drafted} drafts`, time(() => rolledBack(db, () => call('invoices.run', { month: target.month, issue: false })), RUNS), rawMonth, TARGETS.billingRun);
  add('billing run, issued (invoices.run --issue)', `${runLabel} → ${issued} invoices`, time(() => rolledBack(db, () => call('invoices.run', { month: target.month, issue: true })), RUNS), rawMonth, TARGETS.billingRun);
  const draftsOfMonth = [db.prepare('SELECT * FROM invoices WHERE number IS NULL AND month = ?'), db.prepare('SELECT l.* FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE i.number IS NULL AND i.month = ?')];
  rolledBack(db, () => {
    call('invoices.run', { month: target.month, issue: false });
    const rawDrafts = time(() => draftsOfMonth.map((statement) => statement.all(target.month)), SCREEN_RUNS);
    add('invoices.drafts (the month’s drafts, with lines)', `${target.month}, ${drafted} drafts`, time(() => call('invoices.drafts', { month: target.month }), SCREEN_RUNS), rawDrafts);
  });

  // « Factures »: this year's documents with what is paid and due; one invoice's page.
  const year = Number(today.slice(0, 4));
  const invoicesOfYear = [
    db.prepare('SELECT * FROM invoices WHERE number IS NOT NULL AND issue_date BETWEEN ? AND ?'),
    db.prepare('SELECT a.invoice_id, a.amount_cents FROM payment_allocations a JOIN invoices i ON i.id = a.invoice_id WHERE i.number IS NOT NULL AND i.issue_date BETWEEN ? AND ?'),
  ];
  const rawYear = time(() => invoicesOfYear.map((statement) => statement.all(`${year}-01-01`, `${year}-12-31`)), SCREEN_RUNS);
  const listed = (call('invoices.list', { year }) as unknown[]).length;
  add('invoices.list (« Factures », a year)', `${year}, ${listed} documents`, time(() => call('invoices.list', { year }), SCREEN_RUNS), rawYear);
  // The invoice with the most lines, payments and credit notes of the last year: the heaviest page.
  const invoiceId = scalar(
    db,
    `SELECT i.id FROM invoices i WHERE i.number IS NOT NULL AND i.kind = 'invoice' AND i.issue_date >= ?
      ORDER BY (SELECT count(*) FROM invoice_lines l WHERE l.invoice_id = i.id) + (SELECT count(*) FROM payment_allocations a WHERE a.invoice_id = i.id)
             + (SELECT count(*) FROM invoices c WHERE c.corrects_id = i.id) DESC, i.id DESC LIMIT 1`,
    shiftDate(today, -365),
  );
  const oneInvoice = [
    db.prepare('SELECT * FROM invoices WHERE id = ?'),
    db.prepare('SELECT * FROM invoice_lines WHERE invoice_id = ?'),
    db.prepare('SELECT * FROM payment_allocations WHERE invoice_id = ?'),
    db.prepare('SELECT * FROM invoices WHERE corrects_id = ?'),
    db.prepare("SELECT * FROM chain WHERE record = 'invoice' AND record_id = ?"),
  ];
  const rawInvoice = time(() => oneInvoice.map((statement) => statement.all(invoiceId)), SCREEN_RUNS);
  add('invoices.get (an invoice’s page)', `invoice ${invoiceId}`, time(() => call('invoices.get', { invoiceId }), SCREEN_RUNS), rawInvoice);

  // « Impayés »: every issued invoice past due with its balance.
  // Every issued invoice past due, what settled it and what credit notes took off (the balances), as plain reads.
  const overdueReads = [
    db.prepare("SELECT id, gross_cents FROM invoices WHERE number IS NOT NULL AND kind = 'invoice' AND due_date < ?"),
    db.prepare('SELECT invoice_id, amount_cents FROM payment_allocations'),
    db.prepare('SELECT corrects_id, gross_cents FROM invoices WHERE corrects_id IS NOT NULL AND number IS NOT NULL'),
  ];
  const rawOverdue = time(() => overdueReads.map((statement, i) => (i === 0 ? statement.all(today) : statement.all())), SCREEN_RUNS);
  const overdue = (call('invoices.overdue', {}) as unknown[]).length;
  add('invoices.overdue (« Impayés »)', `${overdue} overdue of ${scalar(db, "SELECT count(*) FROM invoices WHERE number IS NOT NULL AND kind = 'invoice' AND due_date < ?", today)} past due`, time(() => call('invoices.overdue', {}), SCREEN_RUNS), rawOverdue);

  // « Paiements »: last month's payments, the cash journal, the cheques to deposit, the deposit slips.
  const lastMonthEnd = shiftDate(`${today.slice(0, 7)}-01`, -1);
  const lastMonth = { from: `${lastMonthEnd.slice(0, 7)}-01`, to: lastMonthEnd };
  const paymentsOfMonth = db.prepare('SELECT p.*, (SELECT group_concat(invoice_id) FROM payment_allocations a WHERE a.payment_id = p.id) FROM payments p WHERE p.date BETWEEN ? AND ?');
  const rawPayments = time(() => paymentsOfMonth.all(lastMonth.from, lastMonth.to), SCREEN_RUNS);
  const paid = (call('payments.list', lastMonth) as unknown[]).length;
  add('payments.list (« Paiements », a month)', `${lastMonth.from.slice(0, 7)}, ${paid} payments`, time(() => call('payments.list', lastMonth), SCREEN_RUNS), rawPayments);
  const cash = [db.prepare("SELECT sum(amount_cents) FROM payments WHERE method = 'cash' AND date < ?"), db.prepare("SELECT * FROM payments WHERE method = 'cash' AND date BETWEEN ? AND ?")];
  const rawCash = time(() => [cash[0]?.get(lastMonth.from), cash[1]?.all(lastMonth.from, lastMonth.to)], SCREEN_RUNS);
  add('payments.cashJournal (a month)', lastMonth.from.slice(0, 7), time(() => call('payments.cashJournal', lastMonth), SCREEN_RUNS), rawCash);
  const cheques = db.prepare("SELECT * FROM payments WHERE method = 'cheque' AND deposit_id IS NULL");
  const rawCheques = time(() => cheques.all(), SCREEN_RUNS);
  add('payments.chequesToDeposit', `${(call('payments.chequesToDeposit', {}) as unknown[]).length} cheques`, time(() => call('payments.chequesToDeposit', {}), SCREEN_RUNS), rawCheques);
  const deposits = db.prepare('SELECT d.*, (SELECT count(*) FROM payments p WHERE p.deposit_id = d.id) FROM cheque_deposits d');
  add('payments.deposits (the deposit slips)', `${scalar(db, 'SELECT count(*) FROM cheque_deposits')} slips`, time(() => call('payments.deposits', {}), SCREEN_RUNS), time(() => deposits.all(), SCREEN_RUNS));

  // « Vérifier l'intégrité »: the whole chain recomputed.
  const everything = ['chain', 'invoices', 'invoice_lines', 'payments', 'payment_allocations'].map((table) => db.prepare(`SELECT * FROM ${table}`));
  const rawAll = time(() => everything.map((statement) => statement.all()), VERIFY_RUNS);
  const links = scalar(db, 'SELECT count(*) FROM chain');
  add('verify, whole chain (ledger.verify)', `${links} links`, time(() => call('ledger.verify', {}), VERIFY_RUNS), rawAll, TARGETS.verify);

  return {
    rows,
    facts: {
      invoices: scalar(db, "SELECT count(*) FROM invoices WHERE kind = 'invoice' AND number IS NOT NULL"),
      creditNotes: scalar(db, "SELECT count(*) FROM invoices WHERE kind = 'credit-note' AND number IS NOT NULL"),
      invoiceLines: scalar(db, 'SELECT count(*) FROM invoice_lines'),
      payments: scalar(db, 'SELECT count(*) FROM payments'),
      chainLinks: links,
      billedMonthInvoices: issued,
    },
  };
}
