import type { OutputOf } from '../../../../main/api/contract';

export type OpenInvoice = OutputOf<'invoices.list'>[number];
export type Method = OutputOf<'payments.add'>['method'];

/** The ways money comes in, in the order the desk meets them; `credit` spends what the member has in hand. */
export const METHODS = ['cash', 'cheque', 'transfer', 'card', 'credit'] as const satisfies readonly Method[];

/** A member's issued invoices with something still due, the oldest first (the order payments settle them). */
export function openInvoicesOf(invoices: readonly OpenInvoice[]): OpenInvoice[] {
  return invoices
    .filter((invoice) => invoice.kind === 'invoice' && invoice.number !== null && invoice.balanceCents > 0)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id - b.id);
}

/** How much of `amountCents` goes to each ticked invoice, oldest first; the rest is the member's credit. */
export function allocate(invoices: readonly OpenInvoice[], ticked: readonly number[], amountCents: number): { allocations: { invoiceId: number; amountCents: number }[]; restCents: number } {
  let left = amountCents;
  const allocations = invoices
    .filter((invoice) => ticked.includes(invoice.id))
    .flatMap((invoice) => {
      const share = Math.min(left, invoice.balanceCents);
      left -= share;
      return share > 0 ? [{ invoiceId: invoice.id, amountCents: share }] : [];
    });
  return { allocations, restCents: left };
}

/** What the ticked invoices still owe together. */
export const dueOf = (invoices: readonly OpenInvoice[], ticked: readonly number[]) =>
  invoices.filter((invoice) => ticked.includes(invoice.id)).reduce((sum, invoice) => sum + invoice.balanceCents, 0);
