import { addClosure, listClosures, removeClosure } from '../../domain/calendar/closures';
import { dayStatus } from '../../domain/calendar/day';
import { publicHolidays } from '../../domain/calendar/holidays';
import { isValidOpeningHours, weeklyPattern } from '../../domain/calendar/opening-hours';
import { Refusal } from '../../domain/common/refusal';
import { readSection } from '../../domain/settings/store';
import type { calendarContract } from '../contract/calendar';
import type { HandlersFor } from './types';

export const calendarHandlers: HandlersFor<typeof calendarContract> = {
  'calendar.holidays': ({ db }, { year }) => publicHolidays(year, readSection(db, 'opening').holidayZone),
  'calendar.day': ({ db }, { date }) => dayStatus(db, date),
  'calendar.weeklyHours': (_ctx, { hours }) => {
    if (!isValidOpeningHours(hours)) throw new Refusal('errors.calendar.bad_hours', {}, { field: 'hours' });
    return weeklyPattern(hours);
  },
  'calendar.closures': ({ db }) => listClosures(db),
  'calendar.addClosure': ({ db }, input) => addClosure(db, input),
  'calendar.removeClosure': ({ db }, { closureId }) => removeClosure(db, closureId),
};
