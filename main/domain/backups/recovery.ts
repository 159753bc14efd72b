import fs from 'node:fs';
import path from 'node:path';
import { backupFileName } from '../../db/backup-files';
import { inspectFile } from '../../db/inspect';
import { Refusal } from '../common/refusal';
import { folderEntries, readEntry } from './entries';
import type { RecoveryStatus } from './recovery-schema';
import type { BackupEntry } from './schema';

/** A database that failed its start check, and where its backups are. */
export interface DamagedDatabase {
  file: string;
  backupDir: string;
  detail: string;
}

function passesCheck(dir: string, entry: BackupEntry): boolean {
  if (!entry.restorable) return false;
  try {
    inspectFile(path.join(dir, entry.name), dir);
    return true;
  } catch {
    return false;
  }
}

/** What the recovery screen shows: the damage, every backup, and the newest one that passes its own check. */
export function recoveryStatus(damaged: DamagedDatabase): RecoveryStatus {
  const backups = folderEntries(damaged.backupDir, 'main');
  const latestGood = backups.find((entry) => passesCheck(damaged.backupDir, entry)) ?? null;
  return { state: 'damaged', file: damaged.file, detail: damaged.detail, backupFolder: damaged.backupDir, latestGood, backups };
}

/**
 * Sets the damaged file aside in the backups folder (with its WAL, never deleted: something may still
 * be read from it) and copies the chosen backup in its place. The caller then opens the database
 * as usual, which migrates an older backup.
 */
export function recoverFrom(damaged: DamagedDatabase, name: string): { restored: BackupEntry; damagedCopy: string } {
  const restored = readEntry(damaged.backupDir, 'main', name);
  if (!restored || !passesCheck(damaged.backupDir, restored)) throw new Refusal('errors.backups.damaged', { name }, { field: 'name' });
  const damagedCopy = backupFileName(damaged.backupDir, 'damaged', new Date()).replace(/\.sqlite$/, '.sqlite-damaged');
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(`${damaged.file}${suffix}`)) fs.renameSync(`${damaged.file}${suffix}`, `${damagedCopy}${suffix}`);
  }
  const partial = `${damaged.file}.restoring`;
  fs.copyFileSync(path.join(damaged.backupDir, name), partial);
  fs.renameSync(partial, damaged.file);
  return { restored, damagedCopy };
}
