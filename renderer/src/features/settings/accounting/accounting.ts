import type { OutputOf } from '../../../../../main/api/contract';

export type Accounting = OutputOf<'settings.updateAccounting'>;
export type AccountRole = keyof Accounting['accounts'];
export type JournalRole = keyof Accounting['journals'];

/**
 * The rows of the tables, in the order a treasurer reads them: what is sold, then who owes it and
 * where the money goes. Written as a record so that a role added to the contract fails the type check.
 */
const ACCOUNT_ORDER: Record<AccountRole, number> = { desks: 1, passes: 2, services: 3, phone: 4, membership: 5, customers: 6, bank: 7, cash: 8, cheques: 9, vat: 10, opening: 11 };
const JOURNAL_ORDER: Record<JournalRole, number> = { sales: 1, bank: 2, cash: 3, misc: 4, opening: 5 };

const ordered = <K extends string>(order: Record<K, number>): K[] => (Object.keys(order) as K[]).sort((a, b) => order[a] - order[b]);

export const ACCOUNT_ROLES: readonly AccountRole[] = ordered(ACCOUNT_ORDER);
export const JOURNAL_ROLES: readonly JournalRole[] = ordered(JOURNAL_ORDER);
export const SEPARATORS = ['pipe', 'tab'] as const satisfies readonly Accounting['fecSeparator'][];

/** Every field of the form, to place the server's field errors beside them. */
export const FIELDS: readonly string[] = [
  ...ACCOUNT_ROLES.flatMap((role) => [`accounts.${role}.number`, `accounts.${role}.label`]),
  ...JOURNAL_ROLES.flatMap((role) => [`journals.${role}.code`, `journals.${role}.label`]),
  'fiscalYearStartMonth',
  'fecSeparator',
];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The fiscal year that holds `today` when years start in `startMonth`: named after the year it ends
 * in (starting in July, 2027 runs from 1 July 2026 to 30 June 2027). The same rule as the server's.
 */
export function currentFiscalYear(startMonth: number, today: string): { year: number; start: string; end: string } {
  const [todayYear, todayMonth] = today.split('-').map(Number) as [number, number];
  const year = startMonth === 1 || todayMonth < startMonth ? todayYear : todayYear + 1;
  const start = startMonth === 1 ? `${year}-01-01` : `${year - 1}-${pad(startMonth)}-01`;
  const endMonth = startMonth === 1 ? 12 : startMonth - 1;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  return { year, start, end: `${year}-${pad(endMonth)}-${pad(lastDay)}` };
}

/** `Janvier` … `Décembre` (`January` … in English), for the month select. */
export function monthNames(language: 'fr' | 'en'): string[] {
  const format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, index) => {
    const name = format.format(new Date(Date.UTC(2026, index, 1)));
    return name.charAt(0).toUpperCase() + name.slice(1);
  });
}
