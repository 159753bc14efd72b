import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { euros, frenchDate } from '../common/french';
import { Refusal } from '../common/refusal';
import { nationalPhone } from '../settings/phone';
import { readSection } from '../settings/store';
import { BALANCE_SQL } from './balance';

export interface OverdueInvoice {
  id: number;
  number: string;
  date: string;
  dueDate: string;
  daysLate: number;
  /** 1–30, 31–60, 61–90 days late, or more. */
  age: '1-30' | '31-60' | '61-90' | '90+';
  memberId: number;
  buyerName: string;
  /** As printed on the invoice, for the letter. */
  buyerAddress: string;
  email: string;
  phone: string;
  totalCents: number;
  balanceCents: number;
}

const ageOf = (days: number): OverdueInvoice['age'] => (days <= 30 ? '1-30' : days <= 60 ? '31-60' : days <= 90 ? '61-90' : '90+');

/** Invoices past their due date with something still to pay, the oldest first, with how to reach the member. */
export function overdueInvoices(db: Db, today: string, invoiceId?: number): OverdueInvoice[] {
  // Balances first, over the issued invoices due (covering index lookups); the buyer's JSON is read for the few still open.
  const rows = sql(
    db,
    `WITH due AS MATERIALIZED (
       SELECT i.id, ${BALANCE_SQL} AS balanceCents
         FROM invoices i
        WHERE i.number IS NOT NULL AND i.kind = 'invoice' AND i.due_date < @today AND (@invoiceId IS NULL OR i.id = @invoiceId))
     SELECT i.id, i.number, i.issue_date AS date, i.due_date AS dueDate, i.member_id AS memberId,
            json_extract(i.buyer, '$.name') AS buyerName,
            trim(json_extract(i.buyer, '$.address') || char(10) || trim(json_extract(i.buyer, '$.postcode') || ' ' || json_extract(i.buyer, '$.city'))) AS buyerAddress,
            m.email, m.phone, i.gross_cents AS totalCents, due.balanceCents
       FROM due JOIN invoices i ON i.id = due.id JOIN members m ON m.id = i.member_id
      WHERE due.balanceCents > 0 ORDER BY i.due_date, i.number`,
  ).all({ today, invoiceId: invoiceId ?? null }) as Omit<OverdueInvoice, 'daysLate' | 'age'>[];
  return rows.map((row) => {
    const daysLate = differenceInCalendarDays(parseISO(today), parseISO(row.dueDate));
    return { ...row, daysLate, age: ageOf(daysLate) };
  });
}


/** A courteous reminder for one overdue invoice, ready to print or to send with `mailto:`. */
export function reminderOf(db: Db, invoiceId: number, today: string): { subject: string; body: string; mailto: string } {
  const invoice = overdueInvoices(db, today, invoiceId)[0];
  if (!invoice) throw new Refusal('errors.invoicing.not_overdue', {}, { field: 'invoiceId' });
  const identity = readSection(db, 'identity');
  const { iban } = readSection(db, 'invoicing');
  const subject = `Rappel : facture ${invoice.number} du ${frenchDate(invoice.date)}`;
  const body = [
    `Bonjour ${invoice.buyerName},`,
    '',
    `Sauf erreur de notre part, la facture n° ${invoice.number} du ${frenchDate(invoice.date)}, arrivée à échéance le ${frenchDate(invoice.dueDate)}, ` +
      `reste à régler pour ${euros(invoice.balanceCents)}.`,
    '',
    `Vous pouvez la régler à l’accueil (espèces, chèque à l’ordre de « ${identity.name} », carte)${iban ? ` ou par virement (IBAN ${iban})` : ''}.`,
    'Si vous l’avez réglée entre-temps, merci de ne pas tenir compte de ce message.',
    '',
    'Bien cordialement,',
    identity.name,
    [nationalPhone(identity.phone), identity.email].filter((v) => v !== '').join(' · '),
  ].join('\n');
  const mailto = `mailto:${encodeURIComponent(invoice.email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return { subject, body, mailto };
}
