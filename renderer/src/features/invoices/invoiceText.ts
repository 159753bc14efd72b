import type { TFunction } from 'i18next';
import { formatDate } from '../../format';
import type { UiLanguage } from '../../i18n';

/** `du 01/11/2026 au 30/11/2026`, or one date when the service took a single day. */
export function periodText(from: string, to: string, t: TFunction, language: UiLanguage): string {
  if (from === to) return t('invoices.period_day', { date: formatDate(from, language) });
  return t('invoices.period_range', { from: formatDate(from, language), to: formatDate(to, language) });
}

/** `F2026-0001`, or « Brouillon » for a document without a number yet. */
export function numberText(number: string | null, t: TFunction): string {
  return number ?? t('invoices.statuses.draft');
}

/** `a1b2c3d4…e5f6a7b8`: a hash short enough to read aloud, both ends kept. */
export function shortHash(hash: string): string {
  return hash.length > 20 ? `${hash.slice(0, 10)}…${hash.slice(-10)}` : hash;
}
