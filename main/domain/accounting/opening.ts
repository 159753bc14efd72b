import { translate } from '../../i18n';
import type { LetterableLine } from './lettering';
import type { DraftEntry, Posting } from './postings';
import type { AccountingSettings, JournalEntry, PostingLine } from './schema';

interface OpeningInput {
  /** Every entry of the journal, in order; those dated before `from` make the balances carried. */
  drafts: DraftEntry[];
  from: string;
  letterable: Map<Posting, LetterableLine>;
  groupOf: (record: string) => string;
  letters: Map<LetterableLine, { code: string; date: string }>;
  settings: AccountingSettings;
  names: Map<string, string>;
}

/**
 * The carried-forward entry (à-nouveaux) that opens a fiscal year's FEC: each customer item still
 * open the day before — one line per set of records that settle each other, lettered like the rest
 * of its set — and the cheques not yet deposited, against the opening balance account. Cash and bank
 * balances are the accountant's: Relais sees only what comes in.
 */
export function openingEntry(input: OpeningInput): JournalEntry | null {
  const { drafts, from, letterable, groupOf, letters, settings, names } = input;
  const open = new Map<string, { cents: number; line: LetterableLine }>();
  let cheques = 0;
  for (const draft of drafts) {
    if (draft.date >= from) continue;
    for (const posting of draft.postings) {
      if (posting.account === 'cheques') cheques += posting.cents;
      const line = letterable.get(posting);
      if (!line) continue;
      const key = `${line.party}\u0000${groupOf(line.record)}`;
      const item = open.get(key) ?? { cents: 0, line };
      item.cents += posting.cents;
      open.set(key, item);
    }
  }
  const label = translate('fr', 'accounting.labels.opening', { date: from });
  const line = (role: 'customers' | 'cheques' | 'opening', cents: number, party = '', lettered?: { code: string; date: string }): PostingLine => ({
    account: settings.accounts[role].number,
    accountLabel: settings.accounts[role].label,
    auxiliary: party,
    auxiliaryLabel: party ? (names.get(party) ?? '') : '',
    label,
    debitCents: Math.max(cents, 0),
    creditCents: Math.max(-cents, 0),
    letter: lettered?.code ?? '',
    letterDate: lettered?.date ?? '',
  });
  const items = [...open.values()].filter((item) => item.cents !== 0);
  const lines = items.map((item) => line('customers', item.cents, item.line.party, letters.get(item.line)));
  if (cheques !== 0) lines.push(line('cheques', cheques));
  const total = items.reduce((sum, item) => sum + item.cents, 0) + cheques;
  if (lines.length === 0) return null;
  if (total !== 0) lines.push(line('opening', -total));
  const journal = settings.journals.opening;
  return { journal: journal.code, journalLabel: journal.label, number: `${journal.code}000001`, date: from, pieceRef: `AN${from.replaceAll('-', '')}`, pieceDate: from, validDate: from, lines };
}
