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
    if (applicationId !== RELAIS_APPLICATION_ID && (applicationId !== 0 || hasTables(db))) {
      throw new DatabaseOpenError('foreign_database', file);
    }
    if (version > supported) {
      throw new DatabaseOpenError('too_new', file, { version, supported });
    }
    const check = quickCheck(db);
    if (check !== 'ok') {
      const backup = latestBackup(backupDir);
      throw new DatabaseOpenError('corrupt', file, { detail: check, backup: backup ?? backupDir });
    }
    return { version, applicationId };
  } finally {
    db.close();
  }
}

/**
 * Even a read-only connection leaves `-wal` and `-shm` files beside a database in WAL mode (as
 * Relais writes them), so a file refused for its version or owner is refused from its 100-byte
 * header first, before SQLite opens it. The header is only the truth when no write-ahead log holds
 * newer pages; with one, the read-only connection below decides.
 */
function refuseFromHeader(file: string, supported: number): void {
  if (walHasPages(file)) return;
  const header = readHeader(file);
  if (!header?.subarray(0, 16).equals(SQLITE_MAGIC)) return;
  const version = header.readUInt32BE(60);
  const applicationId = header.readUInt32BE(68);
  if (applicationId !== 0 && applicationId !== RELAIS_APPLICATION_ID) throw new DatabaseOpenError('foreign_database', file);
  if (version > supported) throw new DatabaseOpenError('too_new', file, { version, supported });
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

function walHasPages(file: string): boolean {
  try {
    return fs.statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
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
    if ((error as { code?: string }).code === 'SQLITE_CORRUPT') {
      throw new DatabaseOpenError('corrupt', file, { detail: error instanceof Error ? error.message : String(error), backup: latestBackup(backupDir) ?? backupDir });
    }
    throw new DatabaseOpenError('not_a_database', file);
  }
}

function hasTables(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined;
}

