import fs from 'node:fs';
import path from 'node:path';
import { backupFileName, listBackups, parseBackupName } from '../../db/backup-files';
import { copyBackup, onlineBackup, restoreInto } from '../../db/backup';
import { DatabaseOpenError } from '../../db/errors';
import { inspectFile } from '../../db/inspect';
import { latestVersion } from '../../db/migrations';
import { migrate, type Db } from '../../db/open';
import { Refusal } from '../common/refusal';
import { isoDate } from '../common/time';
import { readSection } from '../settings/store';
import { folderEntries, folderPath, isWritableFolder, mainFolder, readEntry } from './entries';
import { backupsToRemove, ROTATED_REASONS } from './rotation';
import type { BackupEntry, BackupFolder, BackupMade, BackupRestored, BackupsOverview, BackupSettings } from './schema';

export function backupsOverview(db: Db): BackupsOverview {
  const settings = readSection(db, 'backups');
  const second = settings.secondFolder === '' ? null : settings.secondFolder;
  const reachable = second !== null && isWritableFolder(second);
  const backups = [...folderEntries(mainFolder(db), 'main'), ...(reachable ? folderEntries(second, 'second') : [])];
  backups.sort((a, b) => (a.name === b.name ? (a.folder === 'main' ? -1 : 1) : a.name < b.name ? 1 : -1));
  return { mainFolder: mainFolder(db), secondFolder: second, secondFolderReachable: reachable, settings, currentVersion: latestVersion(), backups };
}

/** Removes what the rotation policy no longer keeps in `dir`; returns how many files went. */
function rotate(dir: string, settings: BackupSettings): number {
  const dated = listBackups(dir).flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed ? [{ name, reason: parsed.reason, day: isoDate(parsed.takenAt) }] : [];
  });
  const doomed = backupsToRemove(dated, settings);
  for (const name of doomed) fs.rmSync(path.join(dir, name), { force: true });
  return doomed.length;
}

/**
 * A backup into the main folder, copied into the second folder when one is set, then both rotated.
 * The second folder may be missing (a USB stick left at home): the main backup still counts and the
 * answer says why the copy was not made.
 */
export async function makeBackup(db: Db, reason: string, now: Date): Promise<BackupMade> {
  const settings = readSection(db, 'backups');
  const dir = mainFolder(db);
  const file = await onlineBackup(db, backupFileName(dir, reason, now));
  let second: BackupEntry | null = null;
  let secondError: string | null = null;
  if (settings.secondFolder !== '') {
    try {
      if (!isWritableFolder(settings.secondFolder)) throw new Error(`${settings.secondFolder}: not reachable`);
      second = readEntry(settings.secondFolder, 'second', path.basename(copyBackup(file, settings.secondFolder))) ?? null;
    } catch (error) {
      secondError = error instanceof Error ? error.message : String(error);
    }
  }
  const removed = rotate(dir, settings) + (second ? rotate(settings.secondFolder, settings) : 0);
  const main = readEntry(dir, 'main', path.basename(file));
  if (!main) throw new Error(`${file} vanished after it was written`);
  return { main, second, secondError, removed };
}

/** Whether today (Paris) has no scheduled backup yet: the app then makes its daily one. */
export function backupIsDue(db: Db, now: Date): boolean {
  const today = isoDate(now);
  return !listBackups(mainFolder(db)).some((name) => {
    const parsed = parseBackupName(name);
    return parsed !== undefined && ROTATED_REASONS.includes(parsed.reason) && isoDate(parsed.takenAt) === today;
  });
}

/** The backup a restore names, checked: it exists, it is a Relais database, not newer than this version, not damaged. */
export function restorableBackup(db: Db, folder: BackupFolder, name: string): { file: string; entry: BackupEntry } {
  const dir = folderPath(db, readSection(db, 'backups'), folder);
  const entry = dir === undefined ? undefined : readEntry(dir, folder, name);
  if (dir === undefined || !entry) throw new Refusal('errors.backups.not_found', { name }, { code: 'not_found', field: 'name' });
  const file = path.join(dir, name);
  try {
    inspectFile(file, dir);
  } catch (error) {
    if (!(error instanceof DatabaseOpenError)) throw error;
    if (error.problem === 'too_new') throw new Refusal('errors.backups.too_new', { name, version: entry.version ?? '?', supported: latestVersion() }, { field: 'name' });
    if (error.problem === 'corrupt') throw new Refusal('errors.backups.damaged', { name }, { field: 'name' });
    throw new Refusal('errors.backups.unreadable', { name }, { field: 'name' });
  }
  return { file, entry };
}

/**
 * Puts a checked backup in place of the open database: the current state is backed up first (kept
 * in the main folder as `before-restore`), an older backup is migrated to this version, and the
 * result must pass `quick_check`.
 */
export async function restoreBackup(db: Db, source: { file: string; entry: BackupEntry }, now: Date): Promise<BackupRestored> {
  const dir = mainFolder(db);
  const previousFile = await onlineBackup(db, backupFileName(dir, 'before-restore', now));
  await restoreInto(db, source.file);
  migrate(db);
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw new Error(`quick_check after restoring ${source.file}: ${String(check)}`);
  const previous = readEntry(dir, 'main', path.basename(previousFile));
  if (!previous) throw new Error(`${previousFile} vanished after it was written`);
  return { restored: source.entry, previous };
}
