import type { Db } from '../../db/open';
import { readSection } from '../settings/store';
import { shiftDate } from '../common/time';

export interface FiscalPeriod {
  year: number;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`. */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The fiscal year named `year`: the twelve months that end in it (a year starting in July, 2026, runs
 * from 1 July 2025 to 30 June 2026); with the default start in January, the calendar year.
 */
export function fiscalPeriod(startMonth: number, year: number): FiscalPeriod {
  const start = startMonth === 1 ? `${year}-01-01` : `${year - 1}-${pad(startMonth)}-01`;
  const nextStart = startMonth === 1 ? `${year + 1}-01-01` : `${year}-${pad(startMonth)}-01`;
  return { year, start, end: shiftDate(nextStart, -1) };
}

/** The fiscal year as set in the accounting settings. */
export function fiscalYearOf(db: Db, year: number): FiscalPeriod {
  return fiscalPeriod(readSection(db, 'accounting').fiscalYearStartMonth, year);
}

/** The name of the fiscal year a date falls in. */
export function fiscalYearContaining(startMonth: number, date: string): number {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return startMonth === 1 || month < startMonth ? year : year + 1;
}
