import type { FiscalPeriod } from '../accounting/fiscal-year';

/** The months of a fiscal year in order, `YYYY-MM`. */
export function monthsOf(period: FiscalPeriod): string[] {
  const months: string[] = [];
  let [year, month] = period.start.split('-').map(Number) as [number, number];
  const last = period.end.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** One row per month of the year, from the rows found (keyed by `month`) or `empty()`. */
export function everyMonth<T extends object>(months: string[], found: Map<string, T>, empty: () => T): ({ month: string } & T)[] {
  return months.map((month) => ({ month, ...(found.get(month) ?? empty()) }));
}
