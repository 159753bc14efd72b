import fs from 'node:fs';
import path from 'node:path';

const BACKUP_PATTERN = /^relais-\d{8}T\d{9}Z-[a-z0-9-]+\.sqlite$/;

/** Backups live in a `backups` folder beside the database unless told otherwise. */
export function defaultBackupDir(file: string): string {
  return path.join(path.dirname(path.resolve(file)), 'backups');
}

/** How many automatic backups of each kind are kept (oldest removed first). */
export const KEEP_AUTOMATIC_BACKUPS = 30;

/** `20261122T091500123Z`: UTC to the millisecond, so that names sort in time order across DST changes. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** `relais-<UTC time>-<reason>.sqlite` in `dir`, never an existing file (a clash moves on a millisecond). */
export function backupFileName(dir: string, reason: string, now: Date): string {
  let instant = now.getTime();
  let candidate = path.join(dir, `relais-${stamp(new Date(instant))}-${reason}.sqlite`);
  while (fs.existsSync(candidate)) candidate = path.join(dir, `relais-${stamp(new Date(++instant))}-${reason}.sqlite`);
  return candidate;
}

/** Backup file names in `dir`, oldest first. */
export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => BACKUP_PATTERN.test(file))
    .sort();
}

export function latestBackup(dir: string): string | undefined {
  const last = listBackups(dir).at(-1);
  return last === undefined ? undefined : path.join(dir, last);
}

/** Keeps the newest {@link KEEP_AUTOMATIC_BACKUPS} backups made for `reason`. */
export function rotateBackups(dir: string, reason: string): void {
  const mine = listBackups(dir).filter((file) => file.endsWith(`-${reason}.sqlite`));
  for (const old of mine.slice(0, Math.max(0, mine.length - KEEP_AUTOMATIC_BACKUPS))) {
    fs.rmSync(path.join(dir, old), { force: true });
  }
}
