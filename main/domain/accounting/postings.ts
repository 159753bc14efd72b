import { translate } from '../../i18n';
import { ACCOUNT_ROLES, type AccountRole, type JournalRole } from './schema';
import type { DepositRecord, DocumentRecord, PaymentRecord } from './records';

/** One side of an entry before formatting: debit when positive, credit when negative. */
export interface Posting {
  account: AccountRole;
  /** The customer's auxiliary account, on `customers` only. */
  party: string | null;
  cents: number;
  /** The record whose settlement this line takes part in (`i12`, `p7`), for lettering. */
  record: string | null;
}

export interface DraftEntry {
  journal: JournalRole;
  date: string;
  validDate: string;
  /** When the record was made final: orders the entries of one day. */
  createdAt: string;
  pieceRef: string;
  label: string;
  postings: Posting[];
  /** Then documents, payments, deposits, each by id. */
  order: number;
}

/** Where each kind of invoice line is earned. */
const REVENUE_ACCOUNT: Record<string, AccountRole> = {
  permanent: 'desks',
  trainee: 'desks',
  dropin: 'passes',
  carnet: 'passes',
  membership: 'membership',
  phone: 'phone',
  free: 'services',
};

const fr = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}) => translate('fr', key, params);

/** Sales journal: the customer owes the total; revenue per account and VAT make it up. */
export function documentEntry(document: DocumentRecord, names: Map<string, string>): DraftEntry {
  const revenue = new Map<AccountRole, number>();
  for (const [kind, net] of document.netByKind) {
    const account = REVENUE_ACCOUNT[kind] ?? 'services';
    revenue.set(account, (revenue.get(account) ?? 0) + net);
  }
  const record = `i${document.id}`;
  const label = fr(document.kind === 'invoice' ? 'accounting.labels.invoice' : 'accounting.labels.credit_note', {
    number: document.number,
    name: names.get(document.party) ?? '',
  });
  return {
    journal: 'sales',
    date: document.date,
    validDate: maxDate(document.date, document.validDate),
    createdAt: document.createdAt,
    pieceRef: document.number,
    label,
    postings: [
      { account: 'customers', party: document.party, cents: document.grossCents, record },
      ...[...revenue].sort(([a], [b]) => ACCOUNT_ROLES.indexOf(a) - ACCOUNT_ROLES.indexOf(b)).map(([account, net]) => ({ account, party: null, cents: -net, record: null })),
      { account: 'vat', party: null, cents: -document.vatCents, record: null },
    ],
    order: document.id,
  };
}

/**
 * Money received goes to the till, the cheques to deposit or the bank, against each customer account
 * whose invoices it settles; what it does not settle stays to the payer's credit. A reversal mirrors
 * it (a bounced cheque already deposited comes back out of the bank). Spending a credit moves nothing
 * unless it settles an invoice of another customer account than the one it was left on
 * (miscellaneous journal); `drawn` says which accounts it drew on.
 */
export function paymentEntry(payment: PaymentRecord, partyOfInvoice: Map<number, string>, names: Map<string, string>, drawn: Map<string, number> | undefined): DraftEntry | null {
  const record = `p${payment.id}`;
  const settled = new Map<string, number>();
  for (const allocation of payment.allocations) {
    const party = partyOfInvoice.get(allocation.invoiceId) ?? payment.party;
    settled.set(party, (settled.get(party) ?? 0) + allocation.amountCents);
  }
  const customers = (): Posting[] => [...settled].map(([party, cents]) => ({ account: 'customers', party, cents: -cents, record }));
  const label = fr(`accounting.labels.${payment.reversesId === null ? 'payment' : 'reversal'}.${payment.method}`, { name: names.get(payment.party) ?? '' });
  const base = { date: payment.date, validDate: maxDate(payment.date, payment.validDate), createdAt: payment.createdAt, pieceRef: `P${String(payment.id).padStart(6, '0')}`, label, order: 1e9 + payment.id };
  if (payment.method === 'credit') {
    for (const [party, cents] of drawn ?? []) settled.set(party, (settled.get(party) ?? 0) - cents);
    const moved = customers().filter((posting) => posting.cents !== 0);
    return moved.length === 0 ? null : { ...base, journal: 'misc', postings: moved.sort((a, b) => b.cents - a.cents) };
  }
  // What settles nothing stays to the payer's credit, on their own account.
  const rest = payment.amountCents - [...settled.values()].reduce((sum, cents) => sum + cents, 0);
  if (rest !== 0) settled.set(payment.party, (settled.get(payment.party) ?? 0) + rest);
  const { journal, account } = moneyAccount(payment);
  return { ...base, journal, postings: [{ account, party: null, cents: payment.amountCents, record: null }, ...customers()] };
}

function moneyAccount(payment: PaymentRecord): { journal: JournalRole; account: AccountRole } {
  if (payment.method === 'cash') return { journal: 'cash', account: 'cash' };
  if (payment.method !== 'cheque') return { journal: 'bank', account: 'bank' };
  // A cheque on a deposit slip went to the bank (a cheque once reversed is never put on one).
  const deposited = payment.reversesId !== null && payment.depositDate !== null;
  return { journal: 'bank', account: deposited ? 'bank' : 'cheques' };
}

/** A deposit slip moves its cheques from « chèques à encaisser » to the bank. */
export function depositEntry(deposit: DepositRecord): DraftEntry | null {
  if (deposit.amountCents === 0) return null;
  return {
    journal: 'bank',
    date: deposit.date,
    validDate: maxDate(deposit.date, deposit.validDate),
    createdAt: deposit.createdAt,
    pieceRef: deposit.number,
    label: fr('accounting.labels.deposit', { number: deposit.number }),
    postings: [
      { account: 'bank', party: null, cents: deposit.amountCents, record: null },
      { account: 'cheques', party: null, cents: -deposit.amountCents, record: null },
    ],
    order: 2e9 + deposit.id,
  };
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
