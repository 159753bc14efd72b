import { TZDate } from '@date-fns/tz';
import { addDays, endOfMonth, formatISO, format, parseISO } from 'date-fns';

/** The space's time zone: every date and time the app records is read in it. */
export const SPACE_TIME_ZONE = 'Europe/Paris';

/** ISO-8601 with the Paris offset, e.g. `2026-11-22T10:15:30+01:00`. */
export function isoDateTime(instant: Date): string {
  return formatISO(new TZDate(instant, SPACE_TIME_ZONE));
}

/** The Paris calendar date of an instant, `YYYY-MM-DD`. */
export function isoDate(instant: Date): string {
  return format(new TZDate(instant, SPACE_TIME_ZONE), 'yyyy-MM-dd');
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isValidIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  // Checked on every date of every answer: plain arithmetic, no date parsing library.
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `date` plus `days` calendar days, both `YYYY-MM-DD`. */
export function shiftDate(date: string, days: number): string {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

/** The Paris wall-clock time of an instant, `HH:MM`. */
export function clockTime(instant: Date): string {
  return format(new TZDate(instant, SPACE_TIME_ZONE), 'HH:mm');
}

/** The instant a Paris wall-clock time `HH:MM` happens on a date (`YYYY-MM-DD`). */
export function parisInstant(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, SPACE_TIME_ZONE).getTime());
}

/** The last day of a month `YYYY-MM`, `YYYY-MM-DD`. */
export function lastDayOfMonth(month: string): string {
  return format(endOfMonth(parseISO(`${month}-01`)), 'yyyy-MM-dd');
}
