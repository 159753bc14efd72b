import { expectOk } from './db';
import { chargeVat, november, type Scenario } from './invoicing';

/**
 * December 2026, with VAT at 20 %: November's three invoices issued on the 1st; Lou pays by cheque on
 * the 3rd, deposited on the 4th; Sam pays 100 € cash for 84 € (16 € of credit left); Noa's half-day is
 * credited on the 7th and she pays the rest by card on the 8th.
 */
export function december(space: Scenario) {
  const { dispatch, desk, clock } = space;
  const { lou, sam, noa } = november(space);
  chargeVat(space);
  const issued = expectOk(dispatch(desk, 'invoices.run', { month: '2026-11', issue: true })) as { issued: { id: number; memberId: number }[] };
  const invoiceOf = (memberId: number) => issued.issued.find((invoice) => invoice.memberId === memberId)?.id as number;
  clock.set('2026-12-03T10:00:00+01:00');
  const cheque = expectOk(dispatch(desk, 'payments.add', { memberId: lou, method: 'cheque', amountCents: 19872, chequeBank: 'Crédit Agricole', chequeNumber: '1234567', chequeDrawer: 'Lou Garnier' })) as { id: number };
  clock.set('2026-12-04T16:00:00+01:00');
  expectOk(dispatch(desk, 'payments.deposit', { paymentIds: [cheque.id] }));
  clock.set('2026-12-05T11:00:00+01:00');
  expectOk(dispatch(desk, 'payments.add', { memberId: sam, method: 'cash', amountCents: 10000 }));
  clock.set('2026-12-07T10:00:00+01:00');
  const noaInvoice = expectOk(dispatch(desk, 'invoices.get', { invoiceId: invoiceOf(noa) })) as { lines: { position: number; unitPriceCents: number }[] };
  const halfDay = noaInvoice.lines.find((line) => line.unitPriceCents === 800)?.position as number;
  expectOk(dispatch(desk, 'invoices.credit', { invoiceId: invoiceOf(noa), lines: [{ position: halfDay, quantity: 1 }], reason: 'Demi-journée offerte' }));
  clock.set('2026-12-08T10:00:00+01:00');
  expectOk(dispatch(desk, 'payments.add', { memberId: noa, method: 'card', amountCents: 1800 }));
  clock.set('2027-01-10T10:00:00+01:00');
  return { lou, sam, noa };
}
