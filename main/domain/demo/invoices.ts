import type { Faker } from '@faker-js/faker';
import { addMonths, format, isWeekend, parseISO } from 'date-fns';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { shiftDate } from '../common/time';
import { creditInvoice } from '../invoicing/credit';
import { runBilling } from '../invoicing/drafts';
import { issueDocument } from '../invoicing/issue';
import { chequesToDeposit, createDeposit } from '../payments/deposits';
import { addPayment, reversePayment } from '../payments/payments';
import type { PaymentMethod } from '../payments/schema';

const stampOf = (date: string) => `${date}T09:30:00+01:00`;

/** The first weekday from `date` on: billing is done on the first working day of the month. */
function workingDay(date: string): string {
  let day = parseISO(date);
  while (isWeekend(day)) day = new Date(day.getTime() + 86_400_000);
  return format(day, 'yyyy-MM-dd');
}

interface Issued {
  id: number;
  memberId: number;
  date: string;
  grossCents: number;
}

interface PlannedPayment {
  invoice: Issued;
  date: string;
  /** 1: the whole invoice; 0.5: half now, the rest later; 1.1: a little more, kept as credit. */
  share: number;
}

const paidAlready = (db: Db, invoiceId: number) => sql(db, 'SELECT coalesce(sum(amount_cents), 0) FROM payment_allocations WHERE invoice_id = ?').pluck().get(invoiceId) as number;

interface DemoInvoicing {
  invoices: number;
  creditNotes: number;
  payments: number;
}

const BANKS = ['Crédit Agricole Aquitaine', 'La Banque Postale', 'Caisse d’Épargne', 'Banque Populaire', 'CIC Sud Ouest', 'Crédit Mutuel'];

/** How a member pays: cheques and cash are common in a village, transfers from businesses. */
function paymentOf(faker: Faker, db: Db, { invoice, date, share }: PlannedPayment) {
  const method = faker.helpers.weightedArrayElement<PaymentMethod>([
    { weight: 34, value: 'cheque' },
    { weight: 26, value: 'cash' },
    { weight: 30, value: 'transfer' },
    { weight: 10, value: 'card' },
  ]);
  // Cash is rounded up to the euro; what is over stays as the member's credit.
  const amountCents = share !== 0.5 && (share > 1 || method === 'cash') ? Math.ceil((invoice.grossCents * share) / 100) * 100 : Math.round(invoice.grossCents * share);
  const drawer = method === 'cheque' ? (sql(db, "SELECT first_name || ' ' || last_name FROM members WHERE id = ?").pluck().get(invoice.memberId) as string) : '';
  return {
    memberId: invoice.memberId,
    date,
    method,
    amountCents,
    chequeBank: method === 'cheque' ? faker.helpers.arrayElement(BANKS) : '',
    chequeNumber: method === 'cheque' ? faker.string.numeric(7) : '',
    chequeDrawer: drawer,
    reference: method === 'transfer' ? `VIR ${faker.string.alphanumeric({ length: 8, casing: 'upper' })}` : '',
    allocations: [{ invoiceId: invoice.id, amountCents: Math.min(amountCents, invoice.grossCents - (share < 1 ? 0 : paidAlready(db, invoice.id))) }],
  };
}

/**
 * Ten years of the treasurer's work: each month but the last one billed on the first working day of
 * the next and issued, most invoices paid within weeks (some partly, a few over), the last weeks' still open, a few
 * never paid; now and then a credit note or a payment reversed; cheques taken to the bank each week.
 */
export function demoInvoices(db: Db, faker: Faker, from: string, today: string): DemoInvoicing {
  const counts = { invoices: 0, creditNotes: 0, payments: 0 };
  const payments: PlannedPayment[] = [];
  // The last month ended is left for the treasurer to bill: « Facturation du mois » has work to show.
  const lastToBill = format(addMonths(parseISO(`${today.slice(0, 7)}-01`), -2), 'yyyy-MM');
  for (let month = parseISO(`${from.slice(0, 7)}-01`); format(month, 'yyyy-MM') <= lastToBill; month = addMonths(month, 1)) {
    const issueDate = workingDay(format(addMonths(month, 1), 'yyyy-MM-dd'));
    const issued = billMonth(db, format(month, 'yyyy-MM'), issueDate);
    counts.invoices += issued.length;
    for (const invoice of issued) {
      const credited = faker.datatype.boolean({ probability: 0.012 });
      if (credited) {
        creditInvoice(db, { invoiceId: invoice.id, reason: 'Erreur de facturation' }, { date: shiftDate(issueDate, 3) > today ? issueDate : shiftDate(issueDate, 3), at: stampOf(issueDate), staffId: null });
        counts.creditNotes += 1;
        continue;
      }
      const neverPaid = faker.datatype.boolean({ probability: 0.03 });
      const paidOn = shiftDate(issueDate, faker.number.int({ min: 0, max: 45 }));
      if (neverPaid || paidOn > today) continue;
      const share = faker.helpers.weightedArrayElement([{ weight: 92, value: 1 }, { weight: 6, value: 0.5 }, { weight: 2, value: 1.1 }]);
      payments.push({ invoice, date: paidOn, share });
      const rest = shiftDate(paidOn, faker.number.int({ min: 10, max: 40 }));
      if (share === 0.5 && rest <= today) payments.push({ invoice, date: rest, share: 1 });
    }
  }
  payments.sort((a, b) => a.date.localeCompare(b.date));
  for (const planned of payments) {
    const { date } = planned;
    const input = paymentOf(faker, db, planned);
    if ((input.allocations[0]?.amountCents ?? 0) <= 0) continue; // settled meanwhile
    if (planned.share === 1 && paidAlready(db, planned.invoice.id) > 0) input.amountCents = input.allocations[0]?.amountCents ?? 0;
    const payment = addPayment(db, input, { today: date, at: stampOf(date), staffId: null });
    counts.payments += 1;
    if (faker.datatype.boolean({ probability: 0.004 })) {
      reversePayment(db, payment.id, { today: date, at: stampOf(date), staffId: null });
      counts.payments += 1;
    }
    depositOnFriday(db, date, today);
  }
  return counts;
}

function billMonth(db: Db, month: string, issueDate: string): Issued[] {
  const drafts = runBilling(db, month, stampOf(issueDate));
  for (const id of drafts) issueDocument(db, id, { date: issueDate, at: stampOf(issueDate), staffId: null });
  return drafts.map((id) => sql(db, 'SELECT id, member_id AS memberId, issue_date AS date, gross_cents AS grossCents FROM invoices WHERE id = ?').get(id) as Issued);
}

/** On Fridays the week's cheques go to the bank, except in the last fortnight (still in the drawer). */
function depositOnFriday(db: Db, date: string, today: string): void {
  if (parseISO(date).getDay() !== 5 || date > shiftDate(today, -14)) return;
  if (sql(db, 'SELECT 1 FROM cheque_deposits WHERE date = ?').get(date)) return;
  const cheques = chequesToDeposit(db).filter((cheque) => cheque.date <= date);
  if (cheques.length > 0) createDeposit(db, { paymentIds: cheques.map((cheque) => cheque.paymentId), date }, stampOf(date), null);
}
