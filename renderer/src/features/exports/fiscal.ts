/** The fiscal years as the accounting reads them (main/domain/accounting/fiscal-year.ts), for the page's defaults. */

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of the month before `YYYY-MM`'s first day. */
function dayBefore(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month - 1, 0));
  return `${last.getUTCFullYear()}-${pad(last.getUTCMonth() + 1)}-${pad(last.getUTCDate())}`;
}

/** The fiscal year named `year` (the one that ends in it), starting on the first of `startMonth`. */
export function fiscalPeriod(startMonth: number, year: number): { start: string; end: string } {
  if (startMonth === 1) return { start: `${year}-01-01`, end: `${year}-12-31` };
  return { start: `${year - 1}-${pad(startMonth)}-01`, end: dayBefore(year, startMonth) };
}

/** The name of the fiscal year a date falls in. */
export function fiscalYearContaining(startMonth: number, date: string): number {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return startMonth === 1 || month < startMonth ? year : year + 1;
}
