import type { Db } from '../../db/open';
import { readSection } from '../settings/store';

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
  const y = (n: number) => String(n).padStart(4, '0');
  const start = startMonth === 1 ? `${y(year)}-01-01` : `${y(year - 1)}-${pad(startMonth)}-01`;
  const endMonth = startMonth === 1 ? 12 : startMonth - 1;
  const lastDay = new Date(Date.UTC(2000 + (year % 400), endMonth, 0)).getUTCDate(); // the same calendar every 400 years
  return { year, start, end: `${y(year)}-${pad(endMonth)}-${pad(lastDay)}` };
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
