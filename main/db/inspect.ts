import fs from 'node:fs';
import Database from 'better-sqlite3';
import { DatabaseOpenError } from './errors';
import { latestVersion } from './migrations';
import { defaultBackupDir, latestBackup } from './backup-files';
import type { Db } from './open';

/** 'RELS' as a 32-bit integer, written by migration 0001 (PRAGMA application_id). */
export const RELAIS_APPLICATION_ID = 1380270419;

export interface FileInspection {
  version: number;
  applicationId: number;
}

/** Reads the version of an existing file without writing to it, and refuses what we cannot open. */
export function inspectFile(file: string, backupDir = defaultBackupDir(file), supported = latestVersion()): FileInspection {
  refuseFromHeader(file, supported);
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new DatabaseOpenError('unreadable', file);
  }
  try {
    const version = readPragma(db, 'user_version', file, backupDir);
    const applicationId = readPragma(db, 'application_id', file, backupDir);
    refuseOwnerOrVersion(file, { version, applicationId }, supported, () => hasTables(db));
    const check = quickCheck(db);
    if (check !== 'ok') throw damaged(file, backupDir, check);
    return { version, applicationId };
  } finally {
    db.close();
  }
}

/** Refuses a file another program wrote (`hasTables` is asked only when its owner is unset) or a newer Relais. */
function refuseOwnerOrVersion(file: string, { version, applicationId }: FileInspection, supported: number, hasTables: () => boolean): void {
  if (applicationId !== RELAIS_APPLICATION_ID && (applicationId !== 0 || hasTables())) throw new DatabaseOpenError('foreign_database', file);
  if (version > supported) throw new DatabaseOpenError('too_new', file, { version, supported });
}

/**
 * Even a read-only connection leaves `-wal` and `-shm` files beside a database in WAL mode (as
 * Relais writes them), so a file whose header names its owner is refused from that 100-byte header
 * before SQLite opens it. A write-ahead log can only hold a newer version than the header, never an
 * older one, so a refusal read there stands; an owner left unset is for SQLite to judge, by the
 * file's tables.
 */
function refuseFromHeader(file: string, supported: number): void {
  const header = readHeader(file);
  if (!header?.subarray(0, 16).equals(SQLITE_MAGIC)) return;
  const inspection = { version: header.readUInt32BE(60), applicationId: header.readUInt32BE(68) };
  if (inspection.applicationId !== 0) refuseOwnerOrVersion(file, inspection, supported, () => true);
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

function readHeader(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const header = Buffer.alloc(100);
    return fs.readSync(fd, header, 0, 100, 0) === 100 ? header : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** `ok`, or what SQLite found wrong (a damaged page may also make the check itself fail). */
function quickCheck(db: Db): string {
  try {
    return String(db.pragma('quick_check', { simple: true }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** A damaged schema page answers SQLITE_CORRUPT already here; a file that is no database at all, NOTADB. */
function readPragma(db: Db, name: string, file: string, backupDir: string): number {
  try {
    return Number(db.pragma(name, { simple: true }));
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CORRUPT') throw damaged(file, backupDir, error instanceof Error ? error.message : String(error));
    throw new DatabaseOpenError('not_a_database', file);
  }
}

/** A damaged file, with what SQLite found and the newest backup to restore (or the folder to look in). */
function damaged(file: string, backupDir: string, detail: string): DatabaseOpenError {
  return new DatabaseOpenError('corrupt', file, { detail, backup: latestBackup(backupDir) ?? backupDir });
}

function hasTables(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined;
}

