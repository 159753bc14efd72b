import OpeningHours from 'opening_hours';

/**
 * Opening hours are stored in OpenStreetMap `opening_hours` syntax and read with the OSM community's
 * parser. Public holidays are not written into it (`PH`): Relais computes them itself, per zone.
 */
export function isValidOpeningHours(value: string): boolean {
  try {
    parsed(value);
    return true;
  } catch {
    return false;
  }
}

// Parsing is the slow part, and the same few values are read for every day shown or checked.
const parsedHours = new Map<string, OpeningHours>();

function parsed(hours: string): OpeningHours {
  let value = parsedHours.get(hours);
  if (!value) {
    value = new OpeningHours(hours, null, 0);
    if (parsedHours.size > 32) parsedHours.clear();
    parsedHours.set(hours, value);
  }
  return value;
}

/**
 * The canonical spelling of readable hours: the parser forgives French day names and `8h-18h`
 * (« Lu-Ve 8h-18h » becomes `Mo-Fr 08:00-18:00`); unreadable text is returned as typed.
 */
export function normalizeOpeningHours(value: string): string {
  try {
    return new OpeningHours(value, null, 0).prettifyValue();
  } catch {
    return value;
  }
}

export type WeekdayIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6; // Monday = 0

export interface Interval {
  start: string; // HH:MM
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;

// The parser is slow and a date's hours never change for the same text: a year's occupancy, the
// reports and the planning board ask for the same days again and again.
const intervalsByDay = new Map<string, Interval[]>();

/** The open intervals of one calendar date (`YYYY-MM-DD`), in local wall-clock time. */
export function openIntervalsOn(hours: string, date: string): Interval[] {
  const key = `${hours}\u0000${date}`;
  let intervals = intervalsByDay.get(key);
  if (!intervals) {
    if (intervalsByDay.size > 50_000) intervalsByDay.clear();
    intervals = intervalsOn(hours, date);
    intervalsByDay.set(key, intervals);
  }
  return intervals.map((interval) => ({ ...interval }));
}

function intervalsOn(hours: string, date: string): Interval[] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const from = new Date(year, month - 1, day);
  const to = new Date(year, month - 1, day + 1);
  return parsed(hours).getOpenIntervals(from, to).map(([start, end]) => ({
    start: hhmm(start),
    end: end.getTime() === to.getTime() ? '24:00' : hhmm(end),
  }));
}

// 2024-01-01 was a Monday; any week works since the stored hours carry no holidays.
const REFERENCE_MONDAY = [2024, 0, 1] as const;

/** The weekly pattern, Monday first: the intervals of each weekday. */
export function weeklyPattern(hours: string): Interval[][] {
  return Array.from({ length: 7 }, (_, index) => {
    const date = new Date(REFERENCE_MONDAY[0], REFERENCE_MONDAY[1], REFERENCE_MONDAY[2] + index);
    return openIntervalsOn(hours, `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`);
  });
}
