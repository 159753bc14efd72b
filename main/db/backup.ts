import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './open';
import { DatabaseOpenError } from './errors';
import { inspectFile } from './inspect';
import { backupFileName, rotateBackups } from './backup-files';

/** A consistent copy of a live database (VACUUM INTO), written beside the target then renamed. */
export function backupTo(db: Db, outFile: string): string {
  const target = path.resolve(outFile);
  if (fs.existsSync(target)) throw new Error(`exists: ${target}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return target;
}

/** An automatic backup into `dir`, rotated per reason. */
export function automaticBackup(db: Db, dir: string, reason: string, now = new Date()): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = backupTo(db, backupFileName(dir, reason, now));
  rotateBackups(dir, reason);
  return file;
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

/**
 * Replaces `target` with a copy of `source` after checking that `source` is a Relais database this
 * version can open and that nothing has `target` open (the app must be closed). The current target
 * is backed up first, so a restore never loses anything. The check holds the file until just before
 * the swap; an app started in that instant is the one case it cannot catch.
 */
export function restoreFrom(source: string, target: string, backupDir: string): { previous?: string } {
  inspectFile(source, backupDir);
  const result: { previous?: string } = {};
  const current = fs.existsSync(target) && fs.statSync(target).size > 0 ? openAlone(target) : undefined;
  const partial = `${path.resolve(target)}.restoring`;
  fs.mkdirSync(path.dirname(partial), { recursive: true });
  try {
    if (current) {
      fs.mkdirSync(backupDir, { recursive: true });
      result.previous = backupTo(current, backupFileName(backupDir, 'before-restore', new Date()));
    }
    const incoming = new Database(source, { readonly: true, fileMustExist: true });
    try {
      fs.rmSync(partial, { force: true });
      incoming.prepare('VACUUM INTO ?').run(partial);
    } finally {
      incoming.close();
    }
    current?.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
    fs.renameSync(partial, target);
  } catch (error) {
    if (current?.open) current.close();
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return result;
}
