import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { defaultBackupDir, listBackups, parseBackupName } from '../../db/backup-files';
import { RELAIS_APPLICATION_ID } from '../../db/inspect';
import { latestVersion } from '../../db/migrations';
import type { Db } from '../../db/open';
import { isoDateTime } from '../common/time';
import type { BackupEntry, BackupFolder, BackupSettings } from './schema';

/** The backups folder beside the database (the app's user-data folder for the app). */
export function mainFolder(db: Db): string {
  return defaultBackupDir(db.name);
}

/** The folder a backup entry lives in, or undefined when the second folder is not set. */
export function folderPath(db: Db, settings: BackupSettings, folder: BackupFolder): string | undefined {
  if (folder === 'main') return mainFolder(db);
  return settings.secondFolder === '' ? undefined : settings.secondFolder;
}

/** Whether a folder is there and Relais may write into it now. */
export function isWritableFolder(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** The schema version inside a file, without writing to it; null when it is not a Relais database. */
function versionOf(file: string): number | null {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      if (Number(db.pragma('application_id', { simple: true })) !== RELAIS_APPLICATION_ID) return null;
      return Number(db.pragma('user_version', { simple: true }));
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

export function readEntry(dir: string, folder: BackupFolder, name: string): BackupEntry | undefined {
  const parsed = parseBackupName(name);
  const file = path.join(dir, name);
  if (!parsed || !fs.existsSync(file)) return undefined;
  const version = versionOf(file);
  return {
    folder,
    name,
    takenAt: isoDateTime(parsed.takenAt),
    reason: parsed.reason,
    sizeBytes: fs.statSync(file).size,
    version,
    restorable: version !== null && version <= latestVersion(),
  };
}

/** The backups of one folder, newest first. */
export function folderEntries(dir: string, folder: BackupFolder): BackupEntry[] {
  return listBackups(dir)
    .reverse()
    .map((name) => readEntry(dir, folder, name))
    .filter((entry) => entry !== undefined);
}

/** Both folders' backups, newest first (the main folder's copy before the stick's of the same name). */
export function allEntries(mainDir: string, secondDir: string | undefined): BackupEntry[] {
  const backups = [...folderEntries(mainDir, 'main'), ...(secondDir === undefined ? [] : folderEntries(secondDir, 'second'))];
  return backups.sort((a, b) => (a.name === b.name ? (a.folder === 'main' ? -1 : 1) : a.name < b.name ? 1 : -1));
}

/**
 * A small JSON note beside the backups, for what must be known without the database: its notes are
 * helps (the setting itself is in the database; the log has every failure), so a note that cannot be
 * written or read is simply absent.
 */
function writeNote(mainDir: string, name: string, value: object | null): void {
  try {
    if (value === null) fs.rmSync(path.join(mainDir, name), { force: true });
    else {
      fs.mkdirSync(mainDir, { recursive: true });
      fs.writeFileSync(path.join(mainDir, name), `${JSON.stringify(value)}\n`);
    }
  } catch {
    // See above: only a help.
  }
}

function readNote(mainDir: string, name: string): Record<string, unknown> {
  try {
    const value = JSON.parse(fs.readFileSync(path.join(mainDir, name), 'utf8')) as unknown;
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The second folder is remembered beside the backups too (`second-folder.json`), for the recovery
 * screen: when the database is damaged its settings cannot be read, and the USB stick is exactly
 * where a good copy may be.
 */
const SECOND_FOLDER_NOTE = 'second-folder.json';

export function rememberSecondFolder(mainDir: string, folder: string): void {
  writeNote(mainDir, SECOND_FOLDER_NOTE, { secondFolder: folder });
}

export function rememberedSecondFolder(mainDir: string): string | undefined {
  const { secondFolder } = readNote(mainDir, SECOND_FOLDER_NOTE);
  return typeof secondFolder === 'string' && secondFolder !== '' ? secondFolder : undefined;
}

/** The last backup that failed (a full disk, a stick pulled out mid-copy), until one succeeds again. */
const FAILURE_NOTE = 'last-failure.json';

export function noteBackupFailure(mainDir: string, failure: { at: string; detail: string } | null): void {
  writeNote(mainDir, FAILURE_NOTE, failure);
}

export function lastBackupFailure(mainDir: string): { at: string; detail: string } | null {
  const { at, detail } = readNote(mainDir, FAILURE_NOTE);
  return typeof at === 'string' && typeof detail === 'string' ? { at, detail } : null;
}
