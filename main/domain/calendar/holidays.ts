import Holidays from 'date-holidays';
import type { HolidayZone } from '../settings/schema';

export interface PublicHoliday {
  date: string; // YYYY-MM-DD
  name: { fr: string; en: string };
}

// date-holidays knows the three Alsace-Moselle départements separately; their holidays are the same.
const STATE_OF_ZONE: Record<HolidayZone, string | undefined> = {
  metropole: undefined,
  'alsace-moselle': '57',
  GP: 'GP',
  MQ: 'MQ',
  GF: 'GF',
  RE: 'RE',
  YT: 'YT',
};

/** Where the library's French names differ from the ones in use (calendars, service-public.fr). */
const FRENCH_NAMES: Record<string, string> = {
  'Nouvel An': 'Jour de l’An',
  'Fête du travail': 'Fête du Travail',
  'Fête Nationale de la France': 'Fête nationale',
  'Lendemain de Noël': 'Saint-Étienne',
};

const cache = new Map<string, PublicHoliday[]>();

/** French public holidays (jours fériés) of a year for a zone, with their names in both languages. */
export function publicHolidays(year: number, zone: HolidayZone): PublicHoliday[] {
  const key = `${year}:${zone}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const state = STATE_OF_ZONE[zone];
  const calendar = state ? new Holidays('FR', state) : new Holidays('FR');
  const names = (language: 'fr' | 'en') =>
    new Map(
      calendar
        .getHolidays(year, language)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => [holiday.date.slice(0, 10), holiday.name] as const),
    );
  const fr = names('fr');
  const en = names('en');
  const holidays = [...fr.entries()].map(([date, name]) => ({ date, name: { fr: FRENCH_NAMES[name] ?? name, en: en.get(date) ?? name } }));
  cache.set(key, holidays);
  return holidays;
}
