import * as z from 'zod';
import { BackupFolder, BackupMade, BackupName, BackupRestored, BackupSettings, BackupsOverview, RestoreLoss } from '../../domain/backups/schema';
import { RecoveryStatus } from '../../domain/backups/recovery-schema';
import { ADMIN, ANYONE, method, TREASURY } from '../define';

export const backupsContract = {
  'backups.list': method({
    summary: 'The backups kept in the backups folder and the second folder, newest first, with the rotation settings',
    input: z.strictObject({}),
    output: BackupsOverview,
    roles: TREASURY,
    cli: { command: 'backups list' },
  }),
  'backups.create': method({
    summary: 'Back up the database now (online), check the copy, copy it to the second folder, rotate old backups',
    input: z.strictObject({}),
    output: BackupMade,
    roles: TREASURY,
    deferred: true,
    cli: { command: 'backups run' },
  }),
  'backups.compare': method({
    summary: 'What restoring a backup would take off the books: issued invoices and credit notes, payments',
    input: z.strictObject({ folder: BackupFolder, name: BackupName }),
    output: RestoreLoss,
    roles: ADMIN,
  }),
  'backups.restore': method({
    summary: 'Replace the database with one of its backups; the current state is backed up first and everyone signs in again',
    input: z.strictObject({ folder: BackupFolder, name: BackupName }),
    output: BackupRestored,
    roles: ADMIN,
    deferred: true,
    exclusive: true,
  }),
  'settings.updateBackups': method({
    summary: 'Set how many daily, weekly and monthly backups are kept, and the optional second folder',
    input: BackupSettings,
    output: BackupSettings,
    roles: ADMIN,
    audit: 'settings_changed',
  }),
  'recovery.status': method({
    summary: 'Whether the database failed its start check, and the backups that could replace it',
    input: z.strictObject({}),
    output: RecoveryStatus,
    roles: ANYONE,
  }),
  'recovery.restore': method({
    summary: 'After a failed start check: set the damaged file aside and put a good backup in its place',
    input: z.strictObject({ folder: BackupFolder, name: BackupName }),
    output: RecoveryStatus,
    roles: ANYONE,
  }),
};
