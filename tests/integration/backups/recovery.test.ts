import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createRecoveryDispatch } from '../../../main/api/recovery';
import { newSession } from '../../../main/api/session';
import { DatabaseOpenError } from '../../../main/db/errors';
import { openDatabase } from '../../../main/db/open';
import { makeBackup } from '../../../main/domain/backups/backups';
import { relais } from '../../helpers/cli';
import { addClosure, closureLabels } from '../../helpers/closures';
import { damageDatabase } from '../../helpers/damage';
import { dispatcherWithAdmin, expectOk, tempDir } from '../../helpers/db';

/*
 * A database that fails its start check opens on the recovery screen (main/api/recovery.ts), which
 * offers the newest backup that passes its own check, in the main folder or on the stick.
 */
describe('a database that fails its start check', () => {
  it('opens on recovery: the newest good backup is offered, the damaged file is set aside, the data comes back', async () => {
    const { db, file, dir } = dispatcherWithAdmin();
    const backupDir = path.join(dir, 'backups');
    addClosure(db, 'Été');
    const good = await makeBackup(db, 'daily', new Date('2026-11-23T10:00:00Z'));
    // A newer backup that is itself damaged must not be the one offered.
    const brokenName = good.main.name.replace('20261123', '20261124');
    fs.copyFileSync(path.join(backupDir, good.main.name), path.join(backupDir, brokenName));
    damageDatabase(new Database(path.join(backupDir, brokenName)), path.join(backupDir, brokenName));
    addClosure(db, 'Noël');
    damageDatabase(db, file);

    let error: unknown;
    try {
      openDatabase(file, { backupDir });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatabaseOpenError);
    const damaged = { file, backupDir, detail: String((error as DatabaseOpenError).params.detail) };
    let reopened: Database.Database | undefined;
    const recovery = createRecoveryDispatch(damaged, () => {
      reopened = openDatabase(file, { backupDir });
    });
    const session = newSession('test');
    const status = expectOk(recovery(session, 'recovery.status', {})) as { state: string; latestGood: { name: string }; backups: { name: string }[]; detail: string };
    expect(status.state).toBe('damaged');
    expect(status.detail).not.toBe('');
    expect(status.latestGood.name).toBe(good.main.name);
    expect(status.backups.map((entry) => entry.name)).toEqual([brokenName, good.main.name]);
    // Nothing else answers until a backup is in place.
    const other = recovery(session, 'settings.get', {});
    expect(other.ok ? '' : other.error.code).toBe('recovery_needed');
    expect(other.ok ? '' : other.error.message).toContain('récupération');
    const refused = recovery(session, 'recovery.restore', { folder: 'main', name: brokenName });
    expect(refused.ok ? '' : refused.error.reason).toBe('errors.backups.damaged');
    expect(reopened).toBeUndefined();

    const done = expectOk(recovery(session, 'recovery.restore', { folder: 'main', name: good.main.name })) as { state: string; damagedCopy: string };
    expect(done.state).toBe('recovered');
    expect(fs.existsSync(done.damagedCopy)).toBe(true);
    expect(reopened?.prepare('SELECT label FROM closures ORDER BY id').pluck().all()).toEqual(['Été']);
    expect(reopened?.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened?.close();
    expect(closureLabels(file)).toEqual(['Été']);
  });

  it('finds a file whose schema pages are damaged or that was cut short, and offers the backup on the stick', async () => {
    const { db, dispatch, admin, file, dir } = dispatcherWithAdmin();
    const backupDir = path.join(dir, 'backups');
    const stick = tempDir('relais-stick-');
    expectOk(dispatch(admin, 'settings.updateBackups', { keepDaily: 7, keepWeekly: 4, keepMonthly: 12, secondFolder: stick }));
    addClosure(db, 'Été');
    const made = await makeBackup(db, 'daily', new Date('2026-11-23T10:00:00Z'));
    fs.rmSync(path.join(backupDir, made.main.name)); // the disk lost it; the stick has it
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    fs.truncateSync(file, 8192);
    let error: unknown;
    try {
      openDatabase(file, { backupDir });
    } catch (caught) {
      error = caught;
    }
    expect((error as DatabaseOpenError).problem).toBe('corrupt');
    let reopened: Database.Database | undefined;
    const recovery = createRecoveryDispatch({ file, backupDir, detail: 'cut short' }, () => (reopened = openDatabase(file, { backupDir })));
    const status = expectOk(recovery(newSession('test'), 'recovery.status', {})) as { latestGood: { folder: string; name: string } };
    expect(status.latestGood).toMatchObject({ folder: 'second', name: made.main.name });
    expectOk(recovery(newSession('test'), 'recovery.restore', { folder: 'second', name: made.main.name }));
    expect(reopened?.prepare('SELECT label FROM closures').pluck().all()).toEqual(['Été']);
    reopened?.close();
  });

  it('says to restart when the good copy is in place but cannot be opened', async () => {
    const { db, file, dir } = dispatcherWithAdmin();
    const backupDir = path.join(dir, 'backups');
    addClosure(db, 'Été');
    const made = await makeBackup(db, 'daily', new Date('2026-11-23T10:00:00Z'));
    damageDatabase(db, file);
    const recovery = createRecoveryDispatch({ file, backupDir, detail: 'damaged' }, () => {
      throw new Error('a migration failed');
    });
    const result = recovery(newSession('test'), 'recovery.restore', { folder: 'main', name: made.main.name });
    expect(result.ok ? '' : result.error.reason).toBe('errors.recovery.reopen_failed');
    expect(result.ok ? '' : result.error.message).toContain('a migration failed');
    expect(closureLabels(file)).toEqual(['Été']);
  });

  it('lets the command restore over a damaged database, which it sets aside rather than copying', async () => {
    const { db, file, dir } = dispatcherWithAdmin();
    addClosure(db, 'Été');
    const saved = path.join(dir, 'saved.sqlite');
    await db.backup(saved);
    damageDatabase(db, file);
    const restore = relais('--db', file, 'restore', '--from', saved);
    expect(restore.code, restore.err).toBe(0);
    expect(closureLabels(file)).toEqual(['Été']);
    expect(fs.readdirSync(path.join(dir, 'backups')).some((name) => name.endsWith('.sqlite-damaged'))).toBe(true);
  });

  it('is handled by the dispatcher only through recovery methods (normal mode says there is nothing to repair)', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    expect(expectOk(dispatch(admin, 'recovery.status', {}))).toEqual({ state: 'ok' });
    const refused = dispatch(admin, 'recovery.restore', { folder: 'main', name: 'relais-20260101T000000000Z-daily.sqlite' });
    expect(refused.ok ? '' : refused.error.reason).toBe('errors.recovery.not_needed');
  });
});
