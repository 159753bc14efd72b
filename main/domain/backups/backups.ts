import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupFileName, listBackups, parseBackupName } from '../../db/backup-files';
import { checkBackupFile, copyBackup, onlineBackup, restoreInto } from '../../db/backup';
import { DatabaseOpenError } from '../../db/errors';
import { inspectFile } from '../../db/inspect';
import { latestVersion } from '../../db/migrations';
import { migrate, type Db } from '../../db/open';
import { Refusal } from '../common/refusal';
import { isoDate, isoDateTime } from '../common/time';
import { readSection } from '../settings/store';
import { allEntries, folderPath, isWritableFolder, lastBackupFailure, mainFolder, noteBackupFailure, readEntry, rememberSecondFolder } from './entries';
import { backupsToRemove, ROTATED_REASONS } from './rotation';
import type { BackupEntry, BackupFolder, BackupMade, BackupRestored, BackupsOverview, BackupSettings, RestoreLoss } from './schema';

export function backupsOverview(db: Db): BackupsOverview {
  const settings = readSection(db, 'backups');
  const second = settings.secondFolder === '' ? null : settings.secondFolder;
  const reachable = second !== null && isWritableFolder(second);
  const dir = mainFolder(db);
  const backups = allEntries(dir, reachable ? second : undefined);
  return { mainFolder: dir, secondFolder: second, secondFolderReachable: reachable, settings, currentVersion: latestVersion(), backups, lastFailure: lastBackupFailure(dir) };
}

/** Half-written copies left by a crash (each the size of the database); none is being written now (the lock). */
function removeLeftovers(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    if (/^relais-.*\.(partial|staging)(-wal|-shm|-journal)?$/.test(name)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * Backups and restores of one database, one at a time: the daily schedule, the backup at quit and
 * the page's button may meet, and a rotation must never remove a file a restore is reading.
 */
const locks = new WeakMap<Db, Promise<unknown>>();
function withBackupLock<T>(db: Db, work: () => Promise<T>): Promise<T> {
  const previous = locks.get(db) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  locks.set(db, next);
  return next;
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
export function makeBackup(db: Db, reason: string, now: Date): Promise<BackupMade> {
  return withBackupLock(db, async () => {
    const dir = mainFolder(db);
    try {
      const made = await backupNow(db, reason, now);
      noteBackupFailure(dir, made.secondError === null ? null : { at: isoDateTime(now), detail: made.secondError });
      return made;
    } catch (error) {
      noteBackupFailure(dir, { at: isoDateTime(now), detail: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  });
}

async function backupNow(db: Db, reason: string, now: Date): Promise<BackupMade> {
  const settings = readSection(db, 'backups');
  const dir = mainFolder(db);
  removeLeftovers(dir);
  rememberSecondFolder(dir, settings.secondFolder);
  const file = await onlineBackup(db, backupFileName(dir, reason, now));
  let second: BackupEntry | null = null;
  let secondError: string | null = null;
  if (settings.secondFolder !== '') {
    try {
      // The folder alone says it: the screens put it in their own words (« introuvable », “not found”).
      if (!isWritableFolder(settings.secondFolder)) throw new Error(settings.secondFolder);
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
  // An empty or foreign file (a full stick, a sync placeholder) would wipe the database: never restored.
  if (entry.version === null || entry.version < 1) throw new Refusal('errors.backups.unreadable', { name }, { field: 'name' });
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
 * A copy of the backup brought to this version beside the database (migrated, checked, one file), so
 * that the swap into the open database is a single commit of an already good file.
 */
function stagedCopy(source: string, dir: string, now: Date): string {
  const staged = backupFileName(dir, 'restoring', now).replace(/\.sqlite$/, '.staging');
  fs.copyFileSync(source, staged);
  try {
    const copy = new Database(staged, { fileMustExist: true });
    try {
      copy.pragma('foreign_keys = ON');
      try {
        migrate(copy);
      } catch (error) {
        throw new Refusal('errors.backups.cannot_upgrade', { name: path.basename(source), detail: error instanceof Error ? error.message : String(error) }, { field: 'name' });
      }
    } finally {
      copy.close();
    }
    checkBackupFile(staged);
    return staged;
  } catch (error) {
    fs.rmSync(staged, { force: true });
    throw error;
  }
}

/**
 * Puts a checked backup in place of the open database. The current state is backed up first (kept
 * in the main folder as `before-restore`, never rotated away: it may hold issued invoices); the
 * backup is migrated and checked on a staged copy; then one commit swaps it in. Should anything fail
 * after the swap, the state from before is put back.
 */
export function restoreBackup(db: Db, source: { file: string; entry: BackupEntry }, now: Date): Promise<BackupRestored> {
  return withBackupLock(db, async () => {
    const dir = mainFolder(db);
    const staged = stagedCopy(source.file, dir, now);
    try {
      const previousFile = await onlineBackup(db, backupFileName(dir, 'before-restore', now));
      await restoreInto(db, staged);
      try {
        const check = db.pragma('quick_check', { simple: true });
        if (check !== 'ok') throw new Error(`quick_check after restoring ${source.file}: ${String(check)}`);
      } catch (error) {
        await restoreInto(db, previousFile);
        throw error;
      }
      const previous = readEntry(dir, 'main', path.basename(previousFile));
      if (!previous) throw new Error(`${previousFile} vanished after it was written`);
      return { restored: source.entry, previous };
    } finally {
      fs.rmSync(staged, { force: true });
    }
  });
}

/** What the open database holds that the backup does not: issued documents and payments a restore would take off the books. */
export function restoreLoss(db: Db, file: string): RestoreLoss {
  const backup = new Database(file, { readonly: true, fileMustExist: true });
  let kept: Set<string>;
  let lastPayment: number;
  try {
    kept = new Set(backup.prepare('SELECT number FROM invoices WHERE number IS NOT NULL').pluck().all() as string[]);
    lastPayment = Number(backup.prepare('SELECT coalesce(max(id), 0) FROM payments').pluck().get());
  } catch {
    // A backup older than invoicing holds none of them.
    kept = new Set();
    lastPayment = 0;
  } finally {
    backup.close();
  }
  const numbers = (db.prepare('SELECT number FROM invoices WHERE number IS NOT NULL ORDER BY issued_at, id').pluck().all() as string[]).filter((number) => !kept.has(number));
  const payments = Number(db.prepare('SELECT count(*) FROM payments WHERE id > ?').pluck().get(lastPayment));
  return { documents: numbers.length, numbers: numbers.slice(0, 12), payments };
}
