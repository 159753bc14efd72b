import * as z from 'zod';
import { Closure, ClosureInput, DayStatus, Holiday, WeeklyHours } from '../../domain/calendar/schema';
import { Id, IsoDate } from '../../domain/common/schemas';
import { ADMIN, ALL_STAFF, method } from '../define';

export const calendarContract = {
  'calendar.holidays': method({
    summary: "French public holidays of a year for the space's zone",
    input: z.strictObject({ year: z.int().min(2000).max(2100) }),
    output: z.array(Holiday),
    roles: ALL_STAFF,
    cli: { command: 'holidays' },
  }),
  'calendar.day': method({
    summary: 'Whether the space is open on a date, its hours, or why it is closed',
    input: z.strictObject({ date: IsoDate }),
    output: DayStatus,
    roles: ALL_STAFF,
  }),
  'calendar.weeklyHours': method({
    summary: 'The weekly pattern (Monday first) of an opening_hours value',
    input: z.strictObject({ hours: z.string().max(255) }),
    output: WeeklyHours,
    roles: ALL_STAFF,
  }),
  'calendar.closures': method({
    summary: 'Custom closures (holidays of the space, works…)',
    input: z.strictObject({}),
    output: z.array(Closure),
    roles: ALL_STAFF,
  }),
  'calendar.addClosure': method({
    summary: 'Close the space for a date range',
    input: ClosureInput,
    output: Closure,
    roles: ADMIN,
    audit: 'calendar_changed',
  }),
  'calendar.removeClosure': method({
    summary: 'Remove a custom closure',
    input: z.strictObject({ closureId: Id }),
    output: Closure,
    roles: ADMIN,
    audit: 'calendar_changed',
  }),
};
