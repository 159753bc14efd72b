import * as z from 'zod';

/**
 * How many automatic backups are kept (the newest of each day, ISO week and month) and the optional
 * second folder (a USB stick, a synchronised folder) that receives a copy of each.
 */
export const BackupSettings = z.strictObject({
  keepDaily: z.int().min(1).max(90),
  keepWeekly: z.int().min(0).max(104),
  keepMonthly: z.int().min(0).max(240),
  /** An absolute folder path, or '' for none. Checked (exists, writable) when saved. */
  secondFolder: z.string().trim().max(1000),
});
export type BackupSettings = z.infer<typeof BackupSettings>;

export const BACKUP_DEFAULTS: BackupSettings = { keepDaily: 7, keepWeekly: 4, keepMonthly: 12, secondFolder: '' };

/** Which folder a backup lives in; the renderer names backups by folder and file name, never by path. */
export const BackupFolder = z.enum(['main', 'second']);
export type BackupFolder = z.infer<typeof BackupFolder>;

/** The file name of a backup Relais wrote: `relais-<UTC stamp>-<reason>.sqlite`. */
export const BackupName = z.string().regex(/^relais-\d{8}T\d{9}Z-[a-z0-9-]{1,40}\.sqlite$/, { error: 'validation.backup_name' });

export const BackupEntry = z.strictObject({
  folder: BackupFolder,
  name: z.string(),
  /** When it was taken, ISO-8601 with the Paris offset. */
  takenAt: z.string(),
  /** `daily`, `on-quit`, `manual`, `before-restore`, `before-migration-v3`… */
  reason: z.string(),
  sizeBytes: z.int().min(0),
  /** The schema version inside (PRAGMA user_version), or null when the file cannot be read. */
  version: z.int().nullable(),
  /** Whether this version of Relais can restore it (not newer, readable, a Relais database). */
  restorable: z.boolean(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

export const BackupsOverview = z.strictObject({
  mainFolder: z.string(),
  secondFolder: z.string().nullable(),
  /** Whether the second folder is there and writable now (a USB stick may be out). */
  secondFolderReachable: z.boolean(),
  settings: BackupSettings,
  /** The schema version this Relais writes. */
  currentVersion: z.int(),
  /** Newest first. */
  backups: z.array(BackupEntry),
  /** The last backup that failed, or its copy to the second folder, until one fully succeeds again. */
  lastFailure: z.strictObject({ at: z.string(), detail: z.string() }).nullable(),
});
export type BackupsOverview = z.infer<typeof BackupsOverview>;

export const BackupMade = z.strictObject({
  main: BackupEntry,
  /** The copy in the second folder, or why there is none (the folder is set but unreachable). */
  second: BackupEntry.nullable(),
  secondError: z.string().nullable(),
  /** How many old backups rotation removed. */
  removed: z.int().min(0),
});
export type BackupMade = z.infer<typeof BackupMade>;

export const BackupRestored = z.strictObject({
  restored: BackupEntry,
  /** The backup of the database as it was just before, kept in the main folder. */
  previous: BackupEntry,
});
export type BackupRestored = z.infer<typeof BackupRestored>;

/** What a restore would take off the books: issued invoices and credit notes (their numbers would be issued again) and payments. */
export const RestoreLoss = z.strictObject({
  documents: z.int().min(0),
  /** The first of them, by issue. */
  numbers: z.array(z.string()),
  payments: z.int().min(0),
});
export type RestoreLoss = z.infer<typeof RestoreLoss>;
