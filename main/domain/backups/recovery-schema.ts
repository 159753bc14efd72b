import * as z from 'zod';
import { BackupEntry } from './schema';

/**
 * The database failed its start check (`quick_check`): the app opens on the recovery screen instead,
 * which offers the newest backup that passes its own check. `ok` in normal running.
 */
export const RecoveryStatus = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('ok') }),
  z.strictObject({
    state: z.literal('damaged'),
    file: z.string(),
    /** What SQLite found wrong. */
    detail: z.string(),
    backupFolder: z.string(),
    /** The schema version this Relais writes (a newer backup cannot be restored). */
    currentVersion: z.int(),
    /** The newest backup that passed its check, if any. */
    latestGood: BackupEntry.nullable(),
    /** Every backup found, newest first. */
    backups: z.array(BackupEntry),
  }),
  z.strictObject({
    state: z.literal('recovered'),
    file: z.string(),
    restored: BackupEntry,
    /** Where the damaged file was set aside (never deleted). */
    damagedCopy: z.string(),
  }),
]);
export type RecoveryStatus = z.infer<typeof RecoveryStatus>;
