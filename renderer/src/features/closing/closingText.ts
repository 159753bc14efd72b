import type { TFunction } from 'i18next';
import type { OutputOf } from '../../../../main/api/contract';

export type FiscalYearStatus = OutputOf<'accounting.years'>[number];
export type Closing = NonNullable<FiscalYearStatus['closing']>;

/** A tenth of a second or more per invoice or credit note on a modest PC: each one's PDF goes into the archive. */
const SECONDS_PER_DOCUMENT = 0.15;

/** « quelques secondes », « environ 2 minutes »: how long the archive of so many documents takes. */
export function durationText(t: TFunction, documents: number): string {
  const seconds = 2 + documents * SECONDS_PER_DOCUMENT;
  if (seconds < 30) return t('closing.about_seconds');
  return t('closing.about_minutes', { count: Math.max(1, Math.round(seconds / 60)) });
}

/** `2026-12-31` + 1 day. */
export function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** The Paris day of an instant, `YYYY-MM-DD`. */
export function parisDay(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date(iso));
}

/** The key under `closing.blockers` for a blocker's message key (`closing.not_over` → `not_over`). */
export function blockerName(blocker: string, known: (key: string) => boolean): string {
  const name = blocker.split('.').at(-1) ?? '';
  return known(`closing.blockers.${name}`) ? name : 'unknown';
}
