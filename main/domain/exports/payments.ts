import type { Db } from '../../db/open';
import { listPayments } from '../payments/payments';
import type { Payment } from '../payments/schema';
import { amount, columns, day, label, text, toCsv, type CsvTable } from './format';
import type { Period } from './schema';

/** `F2026-0001 (23,00)`, several joined by commas: what a payment settled of which invoice. */
function settled(payment: Payment): string {
  return payment.allocations.map((a) => `${a.number} (${amount(a.amountCents)})`).join(', ');
}

const PAYMENT_COLUMNS = columns<Payment>('payments', [
  ['id', (p) => p.id],
  ['date', (p) => day(p.date)],
  ['method', (p) => label('method', p.method)],
  ['amount', (p) => amount(p.amountCents)],
  ['memberId', (p) => p.memberId],
  ['member', (p) => text(p.memberName)],
  ['invoices', settled],
  ['unallocated', (p) => amount(p.unallocatedCents)],
  ['chequeNumber', (p) => text(p.chequeNumber)],
  ['chequeBank', (p) => text(p.chequeBank)],
  ['chequeDrawer', (p) => text(p.chequeDrawer)],
  ['reference', (p) => text(p.reference)],
  ['deposit', (p) => p.depositNumber ?? ''],
  ['reverses', (p) => p.reversesId ?? ''],
  ['reversedBy', (p) => p.reversedById ?? ''],
]);

/**
 * Payments received in the period, oldest first: each with what it settled, what is kept as credit,
 * the cheque and its deposit slip; a cancelled payment and its counter-entry both appear.
 */
export function paymentsCsv(db: Db, period: Period, today: string): CsvTable {
  const rows = listPayments(db, period, today).sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  return toCsv(PAYMENT_COLUMNS, rows);
}
