import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './open';
import { DatabaseOpenError } from './errors';
import { inspectFile } from './inspect';
import { backupFileName, setAside } from './backup-files';

/** A consistent copy of a live database (VACUUM INTO), written beside the target, checked, then renamed. */
export function backupTo(db: Db, outFile: string): string {
  const target = path.resolve(outFile);
  if (fs.existsSync(target)) throw new Error(`exists: ${target}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    checkBackupFile(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return target;
}

/**
 * An online backup with SQLite's backup API (better-sqlite3 `backup()`): the app keeps answering
 * while pages are copied. The copy is turned into a single self-contained file (no WAL), checked
 * with `integrity_check`, and only then given its name; a copy that fails the check is removed.
 */
export async function onlineBackup(db: Db, outFile: string): Promise<string> {
  const target = path.resolve(outFile);
  if (fs.existsSync(target)) throw new Error(`exists: ${target}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  removeWithSidecars(partial);
  try {
    await db.backup(partial);
    checkBackupFile(partial);
    fs.renameSync(partial, target);
  } finally {
    removeWithSidecars(partial);
  }
  return target;
}

/** Copies a finished backup to another folder (a USB stick), checking the copy as it landed there. */
export function copyBackup(file: string, dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, path.basename(file));
  const partial = `${target}.partial`;
  try {
    fs.copyFileSync(file, partial);
    checkBackupFile(partial);
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return target;
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** A backup must be whole: rollback journal mode (one file to carry) and `integrity_check` = ok. */
export function checkBackupFile(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`integrity_check of ${file}: ${String(result)}`);
  } finally {
    copy.close();
  }
}

/** Copies the file as it is, read-only, before a migration changes it. */
export function backupBeforeMigration(file: string, dir: string, fromVersion: number): string {
  fs.mkdirSync(dir, { recursive: true });
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return backupTo(source, backupFileName(dir, `before-migration-v${fromVersion}`, new Date()));
  } finally {
    source.close();
  }
}

/**
 * Opens `file` alone: in exclusive locking mode, taking the write lock. SQLite answers BUSY while
 * any other connection (the app, another command) has the file open, which is what we want to know.
 */
function openAlone(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true, timeout: 200 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return db;
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DatabaseOpenError('in_use', file);
    throw error;
  }
}

function isDamage(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}

/**
 * The database about to be replaced, kept: as a backup when it reads, or — damaged — moved aside as
 * it is (it cannot be copied), never deleted.
 */
function saveCurrent(current: Database.Database, target: string, backupDir: string): string {
  try {
    return backupTo(current, backupFileName(backupDir, 'before-restore', new Date()));
  } catch (error) {
    if (!isDamage(error)) throw error;
    current.close();
    return setAside(target, backupDir);
  }
}

/**
 * Replaces `target` with a copy of `source` after checking that `source` is a Relais database this
 * version can open and that nothing has `target` open (the app must be closed). The current target
 * is backed up first, so a restore never loses anything. The check holds the file until just before
 * the swap; an app started in that instant is the one case it cannot catch.
 */
export function restoreFrom(source: string, target: string, backupDir: string): { previous?: string } {
  inspectFile(source, backupDir);
  const result: { previous?: string } = {};
  const partial = `${path.resolve(target)}.restoring`;
  fs.mkdirSync(path.dirname(partial), { recursive: true });
  fs.rmSync(partial, { force: true });
  // The incoming copy is ready beside the target before anything happens to the target.
  const incoming = new Database(source, { readonly: true, fileMustExist: true });
  try {
    incoming.prepare('VACUUM INTO ?').run(partial);
  } finally {
    incoming.close();
  }
  let current: Database.Database | undefined;
  try {
    let damaged = false;
    try {
      current = fs.existsSync(target) && fs.statSync(target).size > 0 ? openAlone(target) : undefined;
    } catch (error) {
      // Too damaged to be opened at all: nobody can be using it.
      if (!isDamage(error)) throw error;
      damaged = true;
    }
    if (current || damaged) fs.mkdirSync(backupDir, { recursive: true });
    if (current) result.previous = saveCurrent(current, target, backupDir);
    else if (damaged) result.previous = setAside(target, backupDir);
    if (current?.open) current.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
    fs.renameSync(partial, target);
  } catch (error) {
    if (current?.open) current.close();
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return result;
}

/**
 * Replaces the content of the open database `db` with `source`, page by page through SQLite's backup
 * API, so that the app keeps its connection (and its window) while the data under it changes.
 * `source` must already have passed {@link inspectFile}. Nothing else may write meanwhile: the
 * dispatcher refuses other calls during a restore (an `exclusive` method).
 */
export async function restoreInto(db: Db, source: string): Promise<void> {
  const incoming = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await incoming.backup(db.name, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
  } finally {
    incoming.close();
  }
}
