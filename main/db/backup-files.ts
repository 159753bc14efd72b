import fs from 'node:fs';
import path from 'node:path';

const BACKUP_PATTERN = /^relais-\d{8}T\d{9}Z-[a-z0-9-]+\.sqlite$/;

/** Backups live in a `backups` folder beside the database unless told otherwise. */
export function defaultBackupDir(file: string): string {
  return path.join(path.dirname(path.resolve(file)), 'backups');
}

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

/** When a backup was taken and why, read from its name; undefined for a name Relais did not write. */
export function parseBackupName(name: string): { takenAt: Date; reason: string } | undefined {
  const match = /^relais-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z0-9-]+)\.sqlite$/.exec(name);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, ms, reason] = match;
  const takenAt = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  return Number.isNaN(takenAt.getTime()) || !reason ? undefined : { takenAt, reason };
}

/** Moves a damaged database (and its WAL) into the backups folder under a name no listing takes for a backup. */
export function setAside(file: string, backupDir: string): string {
  fs.mkdirSync(backupDir, { recursive: true });
  const aside = backupFileName(backupDir, 'damaged', new Date()).replace(/\.sqlite$/, '.sqlite-damaged');
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(`${file}${suffix}`)) fs.renameSync(`${file}${suffix}`, `${aside}${suffix}`);
  }
  return aside;
}
