import { getISOWeek, getISOWeekYear } from 'date-fns';

/** Reasons of backups taken on a schedule (rotated by day, week, month); others are safety copies. */
export const ROTATED_REASONS = ['daily', 'on-quit', 'manual'];
/** Safety copies (before a migration, before a restore) are kept this many per reason. */
export const KEEP_SAFETY_COPIES = 10;

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
  const date = new Date(`${day}T12:00:00Z`);
  return `${getISOWeekYear(date)}-W${getISOWeek(date)}`;
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
 * Grandfather-father-son: of the scheduled backups, the newest of each of the last `keepDaily` days,
 * `keepWeekly` ISO weeks and `keepMonthly` months are kept; of the safety copies, the newest
 * {@link KEEP_SAFETY_COPIES} of each reason. Returns the names to remove. `backups` in any order.
 */
export function backupsToRemove(backups: Dated[], policy: Policy): string[] {
  const newestFirst = [...backups].sort((a, b) => (a.name < b.name ? 1 : -1));
  const scheduled = newestFirst.filter((backup) => ROTATED_REASONS.includes(backup.reason));
  const keep = new Set([
    ...newestPerPeriod(scheduled, (day) => day, policy.keepDaily),
    ...newestPerPeriod(scheduled, weekOf, policy.keepWeekly),
    ...newestPerPeriod(scheduled, (day) => day.slice(0, 7), policy.keepMonthly),
  ]);
  const safety = new Map<string, number>();
  for (const backup of newestFirst) {
    if (ROTATED_REASONS.includes(backup.reason)) continue;
    const seen = (safety.get(backup.reason) ?? 0) + 1;
    safety.set(backup.reason, seen);
    if (seen <= KEEP_SAFETY_COPIES) keep.add(backup.name);
  }
  return newestFirst.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}
