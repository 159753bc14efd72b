import type { Db } from '../../db/open';
import { translate } from '../../i18n';
import { readSection } from '../settings/store';
import { listClosures } from './closures';
import { publicHolidays } from './holidays';
import { openIntervalsOn } from './opening-hours';
import type { DayStatus } from './schema';

// Formatting a weekday costs far more than looking it up: a year's occupancy names ~100 closed weekdays.
const WEEKDAY_NAMES = new Map<string, string[]>();

function weekdayName(locale: string, date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  let names = WEEKDAY_NAMES.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    // 2024-01-07 was a Sunday: index 0 as getUTCDay counts.
    names = Array.from({ length: 7 }, (_, index) => format.format(new Date(Date.UTC(2024, 0, 7 + index))));
    WEEKDAY_NAMES.set(locale, names);
  }
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return names[instant.getUTCDay()] as string;
}

// A year of days is walked for every occupancy figure: plain arithmetic, no date parsing library.
function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(0);
  next.setUTCFullYear(year, month - 1, day + 1); // (Date.UTC would read years 0–99 as 1900–1999)
  return `${String(next.getUTCFullYear()).padStart(4, '0')}-${String(next.getUTCMonth() + 1).padStart(2, '0')}-${String(next.getUTCDate()).padStart(2, '0')}`;
}

/** Whether the space is open on a date and, if not, why: a public holiday, a closure, or its hours. */
export function dayStatus(db: Db, date: string): DayStatus {
  return dayStatuses(db, date, date)[0] as DayStatus;
}

/** The same for every date of a range, reading the settings and the closures once. */
export function dayStatuses(db: Db, from: string, to: string): DayStatus[] {
  const opening = readSection(db, 'opening');
  const closures = listClosures(db, from, to);
  const statuses: DayStatus[] = [];
  for (let date = from; date <= to; date = nextDay(date)) {
    const holiday = publicHolidays(Number(date.slice(0, 4)), opening.holidayZone).find((h) => h.date === date);
    const closure = closures.find((c) => c.startDate <= date && c.endDate >= date);
    statuses.push(statusOf(date, opening.hours, holiday?.name, closure?.label));
  }
  return statuses;
}

function statusOf(date: string, openingHours: string, holiday: DayStatus['label'] | undefined, closure: string | undefined): DayStatus {
  if (holiday) return { date, open: false, reason: 'holiday', label: holiday, hours: [] };
  if (closure !== undefined) return { date, open: false, reason: 'closure', label: { fr: closure, en: closure }, hours: [] };
  const hours = openIntervalsOn(openingHours, date);
  if (hours.length === 0) {
    const label = { fr: translate('fr', 'calendar.closed_weekday', { weekday: weekdayName('fr-FR', date) }), en: translate('en', 'calendar.closed_weekday', { weekday: weekdayName('en-GB', date) }) };
    return { date, open: false, reason: 'weekday', label, hours };
  }
  return { date, open: true, reason: null, label: null, hours };
}
