import type { Db } from '../../db/open';
import { readSection } from '../settings/store';
import { creditDrawn } from './credit';
import { fiscalPeriod, fiscalYearContaining } from './fiscal-year';
import { letter, settlementGroups, type LetterableLine } from './lettering';
import { depositEntry, documentEntry, paymentEntry, type DraftEntry, type Posting } from './postings';
import { openingEntry } from './opening';
import { partyNames, readDeposits, readDocuments, readPayments } from './records';
import type { AccountingSettings, JournalEntry, PostingLine } from './schema';

export interface JournalPeriod {
  from: string;
  to: string;
  /** Lettering as it stood on this day, no later than `to` (default: `to`). */
  asOf?: string;
  /** Start with the carried-forward entry of what was open the day before `from` (the FEC's). */
  opening?: boolean;
}

/**
 * The double-entry journal of a period, generated from the chained records (issued invoices, credit
 * notes, payments) and the deposit slips: nothing is stored, so it always agrees with them. Entries
 * are in order of validation and numbered per journal and fiscal year (`VE000001`).
 */
export function journalEntries(db: Db, period: JournalPeriod): JournalEntry[] {
  const settings = readSection(db, 'accounting');
  // Numbers run over the fiscal year of `to`, whatever part of it is asked; nothing later counts.
  const until = fiscalPeriod(settings.fiscalYearStartMonth, fiscalYearContaining(settings.fiscalYearStartMonth, period.to)).end;
  const documents = readDocuments(db, until);
  const payments = readPayments(db, until);
  const names = partyNames(db);
  const partyOfInvoice = new Map(documents.map((document) => [document.id, document.party]));
  const drawn = creditDrawn(payments);
  const drafts: DraftEntry[] = [
    ...documents.map((document) => documentEntry(document, names)),
    ...payments.flatMap((payment) => paymentEntry(payment, partyOfInvoice, names, drawn.get(payment.id)) ?? []),
    ...readDeposits(db, until).flatMap((deposit) => depositEntry(deposit) ?? []),
  ];
  drafts.sort((a, b) => compare(a.validDate, b.validDate) || compare(a.createdAt, b.createdAt) || a.order - b.order);

  const letterable = new Map<Posting, LetterableLine>();
  for (const draft of drafts) {
    for (const posting of draft.postings) {
      if (posting.party !== null && posting.record !== null) letterable.set(posting, { party: posting.party, record: posting.record, cents: posting.cents, date: draft.date });
    }
  }
  const groupOf = settlementGroups(documents, payments, drawn);
  const letters = letter([...letterable.values()], groupOf, period.asOf ?? period.to);

  const sequence = new Map<string, number>();
  const entries: JournalEntry[] = [];
  const opening = period.opening ? openingEntry({ drafts, from: period.from, letterable, groupOf, letters, settings, names }) : null;
  if (opening) entries.push(opening);
  for (const draft of drafts) {
    const journal = settings.journals[draft.journal];
    const key = `${journal.code}\u0000${fiscalYearContaining(settings.fiscalYearStartMonth, draft.date)}`;
    const number = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, number);
    if (draft.date < period.from || draft.date > period.to) continue;
    entries.push({
      journal: journal.code,
      journalLabel: journal.label,
      number: `${journal.code}${String(number).padStart(6, '0')}`,
      date: draft.date,
      pieceRef: draft.pieceRef,
      pieceDate: draft.date,
      validDate: draft.validDate,
      lines: draft.postings.filter((posting) => posting.cents !== 0).map((posting) => lineOf(posting, draft, settings, names, letters.get(letterable.get(posting) as LetterableLine))),
    });
  }
  return entries;
}

function lineOf(posting: Posting, draft: DraftEntry, settings: AccountingSettings, names: Map<string, string>, lettered: { code: string; date: string } | undefined): PostingLine {
  const account = settings.accounts[posting.account];
  return {
    account: account.number,
    accountLabel: account.label,
    auxiliary: posting.party ?? '',
    auxiliaryLabel: posting.party === null ? '' : (names.get(posting.party) ?? ''),
    label: draft.label,
    debitCents: Math.max(posting.cents, 0),
    creditCents: Math.max(-posting.cents, 0),
    letter: lettered?.code ?? '',
    letterDate: lettered?.date ?? '',
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
