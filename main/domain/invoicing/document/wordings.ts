import type { InvoiceDocument } from '../schema';
import { euros, frenchDate } from './format';

/** What invoices and credit notes print: always in French, they are legal documents. */
export const WORDS = {
  title: { invoice: 'FACTURE', 'credit-note': 'AVOIR' },
  fileName: { invoice: 'Facture', 'credit-note': 'Avoir' },
  number: 'N°\u00a0',
  issued: 'Date d’émission',
  due: 'Échéance',
  billedTo: 'Facturé à',
  creditedTo: 'Client',
  continued: '(suite)',
  columns: { description: 'Désignation', quantity: 'Qté', unitPrice: 'Prix unit. HT', vat: 'TVA', net: 'Total HT' },
  totalNet: 'Total HT',
  vat: 'TVA',
  totalGross: 'Total TTC',
  toPay: { invoice: 'Net à payer', 'credit-note': 'Montant de l’avoir' },
  payment: 'Règlement',
  transfer: 'Par virement bancaire',
  reference: 'Référence à rappeler',
  nature: 'Nature de l’opération\u00a0: prestation de services',
  optionDebits: 'Option pour le paiement de la taxe d’après les débits',
  noDiscount: 'Pas d’escompte pour paiement anticipé',
  fallbackExemption: 'Exonération de TVA',
  fallbackDescription: 'Prestation',
} as const;

/** `Période : du 01/11/2026 au 30/11/2026`, or the one day. */
export function periodWording(from: string, to: string): string {
  return from === to ? `Date de la prestation\u00a0: ${frenchDate(from)}` : `Période\u00a0: du ${frenchDate(from)} au ${frenchDate(to)}`;
}

/** `du 01/11/2026 au 30/11/2026` under a line, or `le 22/11/2026`. */
export function linePeriodWording(from: string, to: string): string {
  return from === to ? `le ${frenchDate(from)}` : `du ${frenchDate(from)} au ${frenchDate(to)}`;
}

export function correctsWording(corrects: NonNullable<InvoiceDocument['corrects']>): string {
  return `Avoir sur la facture n°\u00a0${corrects.number} du ${frenchDate(corrects.issueDate)}`;
}

export function recoveryWording(cents: number): string {
  return `Indemnité forfaitaire pour frais de recouvrement\u00a0: ${euros(cents)}`;
}

export function dueWording(dueDate: string): string {
  return `${WORDS.due}\u00a0: ${frenchDate(dueDate)}`;
}
