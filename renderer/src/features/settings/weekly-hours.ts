/** The weekly editor's model: each day closed, or open with one or two intervals. */
export interface DayHours {
  open: boolean;
  start1: string;
  end1: string;
  start2: string;
  end2: string;
}

export interface Interval {
  start: string;
  end: string;
}

/** OpenStreetMap's day abbreviations, Monday first. */
const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

/** The editor's rows from the week pattern; undefined when a day has more than two intervals. */
export function toDayHours(week: Interval[][]): DayHours[] | undefined {
  if (week.some((day) => day.length > 2)) return undefined;
  return week.map((day) => ({
    open: day.length > 0,
    start1: day[0]?.start ?? '08:30',
    end1: day[0]?.end ?? '12:30',
    start2: day[1]?.start ?? '',
    end2: day[1]?.end ?? '',
  }));
}

function dayRule(day: DayHours): string {
  const first = `${day.start1}-${day.end1}`;
  return day.start2 && day.end2 ? `${first},${day.start2}-${day.end2}` : first;
}

/**
 * Writes the week in OSM `opening_hours` syntax, grouping consecutive days with the same hours:
 * `Mo-Fr 08:30-12:30,13:30-18:30; Sa 09:00-12:00`. The server checks what it receives.
 */
export function toOpeningHours(days: DayHours[]): string {
  const rules: string[] = [];
  let index = 0;
  while (index < days.length) {
    const day = days[index];
    if (!day?.open) {
      index++;
      continue;
    }
    const rule = dayRule(day);
    let last = index;
    while (last + 1 < days.length && days[last + 1]?.open && dayRule(days[last + 1] as DayHours) === rule) last++;
    const span = last === index ? OSM_DAYS[index] : `${OSM_DAYS[index]}-${OSM_DAYS[last]}`;
    rules.push(`${span} ${rule}`);
    index = last + 1;
  }
  return rules.join('; ');
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export type DayProblem = 'time' | 'order' | 'pair';

/**
 * What is wrong with one day of the editor, field by field: a time that is not HH:MM, a period that
 * ends before it starts (or a reopening before the first closing), half a second period.
 */
export function dayProblems(day: DayHours): { field: keyof DayHours; problem: DayProblem }[] {
  if (!day.open) return [];
  const problems: { field: keyof DayHours; problem: DayProblem }[] = [];
  const check = (field: 'start1' | 'end1' | 'start2' | 'end2') => {
    const ok = TIME.test(day[field]);
    if (!ok) problems.push({ field, problem: 'time' });
    return ok;
  };
  if (check('start1') && check('end1') && day.end1 <= day.start1) problems.push({ field: 'end1', problem: 'order' });
  const second = day.start2 !== '' || day.end2 !== '';
  if (!second) return problems;
  if (day.start2 === '' || day.end2 === '') {
    problems.push({ field: day.start2 === '' ? 'start2' : 'end2', problem: 'pair' });
    return problems;
  }
  if (check('start2') && check('end2')) {
    if (day.start2 < day.end1) problems.push({ field: 'start2', problem: 'order' });
    else if (day.end2 <= day.start2) problems.push({ field: 'end2', problem: 'order' });
  }
  return problems;
}
