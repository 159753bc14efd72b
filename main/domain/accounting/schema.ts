import * as z from 'zod';
import { IsoDate, requiredText } from '../common/schemas';

const Amount = z.int().min(0);

/** A general-ledger account of the French plan (PCG): digits, then digits or capitals (`706100`, `411`). */
const AccountNumber = z.string().trim().regex(/^[1-9][0-9A-Z]{2,19}$/, { error: 'validation.account_number' });
export const Account = z.strictObject({ number: AccountNumber, label: requiredText(60) });
export type Account = z.infer<typeof Account>;

export const JournalSpec = z.strictObject({
  code: z.string().trim().regex(/^[A-Z0-9]{1,6}$/, { error: 'validation.journal_code' }),
  label: requiredText(60),
});
export type JournalSpec = z.infer<typeof JournalSpec>;

/** The accounts a posting may use: where each kind of line, each means of payment and the VAT go (DESIGN §5). */
export const ACCOUNT_ROLES = ['desks', 'passes', 'services', 'phone', 'membership', 'customers', 'bank', 'cash', 'cheques', 'vat', 'opening'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];
export const JOURNAL_ROLES = ['sales', 'bank', 'cash', 'misc', 'opening'] as const;
export type JournalRole = (typeof JOURNAL_ROLES)[number];

/** The account plan, the journals and the fiscal year, set by the treasurer. */
export const AccountingSettings = z
  .strictObject({
    accounts: z.strictObject(Object.fromEntries(ACCOUNT_ROLES.map((role) => [role, Account])) as Record<AccountRole, typeof Account>),
    journals: z.strictObject(Object.fromEntries(JOURNAL_ROLES.map((role) => [role, JournalSpec])) as Record<JournalRole, typeof JournalSpec>),
    /** Fiscal years start on the first day of this month; an exercise is named by the year it ends in. */
    fiscalYearStartMonth: z.int().min(1).max(12),
    /** The FEC's separator (LPF art. A47 A-1 allows a tab or a vertical bar). */
    fecSeparator: z.enum(['pipe', 'tab']),
  })
  .refine((s) => new Set(JOURNAL_ROLES.map((role) => s.journals[role].code)).size === JOURNAL_ROLES.length, {
    error: 'validation.journal_codes_distinct',
    path: ['journals', 'cash', 'code'],
  })
  // One account number, one label: two roles may share an account (the FEC would show it twice otherwise).
  .superRefine((s, ctx) => {
    const labels = new Map<string, string>();
    for (const role of ACCOUNT_ROLES) {
      const { number, label } = s.accounts[role];
      if ((labels.get(number) ?? label) !== label) ctx.addIssue({ code: 'custom', message: 'validation.account_label_differs', path: ['accounts', role, 'label'] });
      labels.set(number, labels.get(number) ?? label);
    }
  });
export type AccountingSettings = z.infer<typeof AccountingSettings>;

export const FiscalYear = z.int().min(2000).max(2099);

/** One line of a journal entry, in the FEC's terms (an amount is on one side only). */
export const PostingLine = z.strictObject({
  account: z.string(),
  accountLabel: z.string(),
  /** The customer's auxiliary account (`U0007` a member, `O0002` an organisation), on the customers account only. */
  auxiliary: z.string(),
  auxiliaryLabel: z.string(),
  label: z.string(),
  debitCents: Amount,
  creditCents: Amount,
  /** The lettering code shared by an invoice and what settles it, once they balance. */
  letter: z.string(),
  letterDate: z.string(),
});
export type PostingLine = z.infer<typeof PostingLine>;

/** One balanced entry: an invoice, a credit note, a payment, a reversal or a cheque deposit. */
export const JournalEntry = z.strictObject({
  journal: z.string(),
  journalLabel: z.string(),
  /** `VE000001`: a continuous sequence per journal, in order of validation. */
  number: z.string(),
  date: IsoDate,
  pieceRef: z.string(),
  pieceDate: IsoDate,
  /** The day the record was made final (issued, received, deposited). */
  validDate: IsoDate,
  lines: z.array(PostingLine),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export const Totals = z.strictObject({ count: z.int(), netCents: z.int(), vatCents: z.int(), grossCents: z.int() });

/** What closing a fiscal year stored, for ever. */
export const Closing = z.strictObject({
  year: FiscalYear,
  start: IsoDate,
  end: IsoDate,
  closedAt: z.string(),
  closedBy: z.string(),
  invoices: Totals,
  creditNotes: Totals,
  payments: z.strictObject({ count: z.int(), amountCents: z.int() }),
  /** Cheque deposit slips dated in the year: how many, and what they took to the bank. */
  deposits: z.strictObject({ count: z.int(), amountCents: z.int() }),
  /** Every invoice less every credit note since the first one, up to the end of this year (incl. VAT). */
  perpetualGrossCents: z.int(),
  /** The chain as it stood when the year was closed: its last link, stored so nothing can be cut off. */
  chainPosition: z.int(),
  chainHash: z.string(),
});
export type Closing = z.infer<typeof Closing>;

export const FiscalYearStatus = z.strictObject({
  year: FiscalYear,
  start: IsoDate,
  end: IsoDate,
  documents: z.int(),
  payments: z.int(),
  closing: Closing.nullable(),
  /** Why it cannot be closed yet (a message key), or null when it can. */
  blocker: z.string().nullable(),
});
export type FiscalYearStatus = z.infer<typeof FiscalYearStatus>;

export const ExportFile = z.strictObject({ fileName: z.string(), base64: z.string() });
