import type { OpeningSettings } from '../settings/schema';
import { clockTime } from '../common/time';

export type Half = 'am' | 'pm';

/** The half-day an instant falls in: morning until the afternoon starts, afternoon after. */
export function halfOf(instant: Date, opening: OpeningSettings): Half {
  return clockTime(instant) < opening.afternoon.start ? 'am' : 'pm';
}

/**
 * The half-days a visit overlaps (same day): the morning if it began before the morning ended, the
 * afternoon if it ended after the afternoon began. Arriving at 12:45 and leaving at 13:10 uses the
 * half-day of arrival only.
 */
export function halvesUsed(arrived: Date, left: Date, opening: OpeningSettings): Half[] {
  const from = clockTime(arrived);
  const to = clockTime(left);
  const halves: Half[] = [];
  if (from < opening.morning.end) halves.push('am');
  if (to > opening.afternoon.start || from >= opening.afternoon.start) halves.push('pm');
  if (halves.length === 0) halves.push(halfOf(arrived, opening));
  return halves;
}
