import fs from 'node:fs';
import path from 'node:path';
import { setAside } from '../../db/backup-files';
import { inspectFile } from '../../db/inspect';
import { latestVersion } from '../../db/migrations';
import { Refusal } from '../common/refusal';
import { allEntries, readEntry, rememberedSecondFolder } from './entries';
import type { RecoveryStatus } from './recovery-schema';
import type { BackupEntry, BackupFolder } from './schema';

/** A database that failed its start check, and where its backups are. */
export interface DamagedDatabase {
  file: string;
  backupDir: string;
  detail: string;
}

function folderOf(damaged: DamagedDatabase, folder: BackupFolder): string | undefined {
  return folder === 'main' ? damaged.backupDir : rememberedSecondFolder(damaged.backupDir);
}

function passesCheck(damaged: DamagedDatabase, entry: BackupEntry): boolean {
  const dir = folderOf(damaged, entry.folder);
  if (!entry.restorable || dir === undefined) return false;
  try {
    inspectFile(path.join(dir, entry.name), dir);
    return true;
  } catch {
    return false;
  }
}

/**
 * What the recovery screen shows: the damage, every backup of the main folder and of the second
 * folder (a USB stick: the copy off this disk), and the newest one that passes its own check.
 */
export function recoveryStatus(damaged: DamagedDatabase): RecoveryStatus {
  const second = rememberedSecondFolder(damaged.backupDir);
  const backups = allEntries(damaged.backupDir, second !== undefined && fs.existsSync(second) ? second : undefined);
  const latestGood = backups.find((entry) => passesCheck(damaged, entry)) ?? null;
  return { state: 'damaged', file: damaged.file, detail: damaged.detail, backupFolder: damaged.backupDir, currentVersion: latestVersion(), latestGood, backups };
}

/**
 * Copies the chosen backup beside the database first, then sets the damaged file aside in the
 * backups folder (with its WAL; never deleted: something may still be read from it) and puts the
 * copy in its place — so that a failed copy (a full disk) leaves the damaged file where it was,
 * rather than no database at all. The caller then opens the database as usual, which migrates an
 * older backup.
 */
export function recoverFrom(damaged: DamagedDatabase, folder: BackupFolder, name: string): { restored: BackupEntry; damagedCopy: string } {
  const dir = folderOf(damaged, folder);
  const restored = dir === undefined ? undefined : readEntry(dir, folder, name);
  if (dir === undefined || !restored || !passesCheck(damaged, restored)) throw new Refusal('errors.backups.damaged', { name }, { field: 'name' });
  const incoming = `${damaged.file}.restoring`;
  fs.copyFileSync(path.join(dir, name), incoming);
  const damagedCopy = setAside(damaged.file, damaged.backupDir);
  fs.renameSync(incoming, damaged.file);
  return { restored, damagedCopy };
}
