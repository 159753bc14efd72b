import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations, type Migration } from './migrations';
import { backupBeforeMigration } from './backup';
import { inspectFile } from './inspect';
import { defaultBackupDir } from './backup-files';

export type Db = Database.Database;

export interface OpenOptions {
  /** Where automatic backups go; defaults to a `backups` folder beside the database. */
  backupDir?: string;
  /** The schema steps to apply; the application's own unless a test brings others. */
  migrations?: Migration[];
}

/**
 * Opens (creating or migrating as needed) a Relais database.
 * An existing file is first inspected read-only, so a file we must refuse is never written to.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const backupDir = options.backupDir ?? defaultBackupDir(file);
  const steps = options.migrations ?? migrations();
  const existing = fs.existsSync(file) && fs.statSync(file).size > 0;
  if (existing) {
    const { version } = inspectFile(file, backupDir, steps.length);
    if (version > 0 && version < steps.length) backupBeforeMigration(file, backupDir, version);
  } else {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  const db = new Database(file);
  try {
    applyPragmas(db);
    migrate(db, steps);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Erased data is overwritten, not left in free pages: an anonymised member must really be gone.
  db.pragma('secure_delete = ON');
}

/** Runs every migration newer than the file, each in its own transaction with its version bump. */
export function migrate(db: Db, steps: Migration[] = migrations()): number {
  const current = Number(db.pragma('user_version', { simple: true }));
  for (const migration of steps) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return Number(db.pragma('user_version', { simple: true }));
}
