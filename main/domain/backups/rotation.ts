import { getISOWeek, getISOWeekYear } from 'date-fns';

/** Reasons of backups taken on a schedule (rotated by day, week, month); others are safety copies. */
export const ROTATED_REASONS = ['daily', 'on-quit', 'manual'];
/** Copies made before a schema migration are kept this many. */
export const KEEP_SAFETY_COPIES = 10;
/**
 * Copies made before a restore are never removed: they may hold issued invoices that the restore
 * took off the books, which the law keeps for ten years.
 */
export const NEVER_ROTATED = ['before-restore'];

export interface Policy {
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
}

export interface Dated {
  name: string;
  reason: string;
  /** The local (Paris) calendar day it was taken, `YYYY-MM-DD`. */
  day: string;
}

function weekOf(day: string): string {
  // Local noon of that calendar day: the same day whatever the machine's time zone.
  const [year, month, date] = day.split('-').map(Number);
  const noon = new Date(year ?? 2000, (month ?? 1) - 1, date ?? 1, 12);
  return `${getISOWeekYear(noon)}-W${getISOWeek(noon)}`;
}

/** The newest backup of each of the `count` most recent periods (`backups` newest first). */
function newestPerPeriod(backups: Dated[], period: (day: string) => string, count: number): string[] {
  const kept = new Map<string, string>();
  for (const backup of backups) {
    const key = period(backup.day);
    if (kept.size >= count && !kept.has(key)) break;
    if (!kept.has(key)) kept.set(key, backup.name);
  }
  return [...kept.values()];
}

/**
 * Grandfather-father-son: of the scheduled backups, every one of the newest day (a mistake made at
 * eleven can still be undone from the morning's), then the newest of each of the last `keepDaily`
 * days, `keepWeekly` ISO weeks and `keepMonthly` months; of the copies made before a migration, the
 * newest {@link KEEP_SAFETY_COPIES}; copies made before a restore, all. Returns the names to remove.
 */
export function backupsToRemove(backups: Dated[], policy: Policy): string[] {
  const newestFirst = [...backups].sort((a, b) => (a.name < b.name ? 1 : -1));
  const scheduled = newestFirst.filter((backup) => ROTATED_REASONS.includes(backup.reason));
  const newestDay = scheduled[0]?.day;
  const keep = new Set([
    ...scheduled.filter((backup) => backup.day === newestDay).map((backup) => backup.name),
    ...newestPerPeriod(scheduled, (day) => day, policy.keepDaily),
    ...newestPerPeriod(scheduled, weekOf, policy.keepWeekly),
    ...newestPerPeriod(scheduled, (day) => day.slice(0, 7), policy.keepMonthly),
  ]);
  const safety = new Map<string, number>();
  for (const backup of newestFirst) {
    if (ROTATED_REASONS.includes(backup.reason)) continue;
    if (NEVER_ROTATED.includes(backup.reason)) {
      keep.add(backup.name);
      continue;
    }
    const seen = (safety.get(backup.reason) ?? 0) + 1;
    safety.set(backup.reason, seen);
    if (seen <= KEEP_SAFETY_COPIES) keep.add(backup.name);
  }
  return newestFirst.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}
