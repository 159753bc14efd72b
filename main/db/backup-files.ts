import fs from 'node:fs';
import path from 'node:path';

const BACKUP_PATTERN = /^relais-\d{8}-\d{6}(-\d+)?-[a-z0-9-]+\.sqlite$/;

/** Backups live in a `backups` folder beside the database unless told otherwise. */
export function defaultBackupDir(file: string): string {
  return path.join(path.dirname(path.resolve(file)), 'backups');
}

/** How many automatic backups of each kind are kept (oldest removed first). */
export const KEEP_AUTOMATIC_BACKUPS = 30;

function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  );
}

/** `relais-YYYYMMDD-HHMMSS-<reason>.sqlite` in `dir`, never an existing file. */
export function backupFileName(dir: string, reason: string, now: Date): string {
  const base = `relais-${stamp(now)}`;
  let candidate = path.join(dir, `${base}-${reason}.sqlite`);
  for (let n = 2; fs.existsSync(candidate); n++) candidate = path.join(dir, `${base}-${n}-${reason}.sqlite`);
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
