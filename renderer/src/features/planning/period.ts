import { addDays, addMonths, endOfMonth, format, parseISO, startOfISOWeek, startOfMonth } from 'date-fns';

export type View = 'day' | 'week' | 'month';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

/** The first and last dates a board shows around `anchor`. */
export function periodOf(view: View, anchor: string): { from: string; to: string } {
  const date = parseISO(anchor);
  if (view === 'day') return { from: anchor, to: anchor };
  if (view === 'week') {
    const monday = startOfISOWeek(date);
    return { from: iso(monday), to: iso(addDays(monday, 6)) };
  }
  return { from: iso(startOfMonth(date)), to: iso(endOfMonth(date)) };
}

/** The anchor one period earlier (-1) or later (+1). */
export function shiftPeriod(view: View, anchor: string, step: -1 | 1): string {
  const date = parseISO(anchor);
  if (view === 'day') return iso(addDays(date, step));
  if (view === 'week') return iso(addDays(date, 7 * step));
  return iso(addMonths(date, step));
}
