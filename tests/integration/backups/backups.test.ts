import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { newSession } from '../../../main/api/session';
import { openDatabase } from '../../../main/db/open';
import { backupIsDue, makeBackup } from '../../../main/domain/backups/backups';
import { backupsToRemove } from '../../../main/domain/backups/rotation';
import { listBackups } from '../../../main/db/backup-files';
import { latestVersion, migrations } from '../../../main/db/migrations';
import { shiftDate } from '../../../main/domain/common/time';
import { relais } from '../../helpers/cli';
import { addClosure, closureLabels } from '../../helpers/closures';
import { billingSpace, november } from '../../helpers/invoicing';
import { dispatcherWithAdmin, expectOk, manualClock, signedIn, snapshot, tempDir } from '../../helpers/db';

describe('automatic backups', () => {
  it('copies the live database online, WAL included, into one checked file', async () => {
    const { db, dir } = dispatcherWithAdmin();
    addClosure(db, 'Noël');
    const made = await makeBackup(db, 'daily', new Date('2026-11-24T10:00:00Z'));
    const file = path.join(dir, 'backups', made.main.name);
    expect(made.main).toMatchObject({ folder: 'main', reason: 'daily', version: latestVersion(), restorable: true, takenAt: '2026-11-24T11:00:00+01:00' });
    expect(closureLabels(file)).toEqual(['Noël']);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('is due once a day (Paris time): a backup made today, even at quit, counts', async () => {
    const { db } = dispatcherWithAdmin();
    const morning = new Date('2026-11-24T07:30:00Z');
    expect(backupIsDue(db, morning)).toBe(true);
    await makeBackup(db, 'on-quit', morning);
    expect(backupIsDue(db, new Date('2026-11-24T22:30:00Z'))).toBe(false);
    // 23:30 UTC on the 24th is already the 25th in Paris.
    expect(backupIsDue(db, new Date('2026-11-24T23:30:00Z'))).toBe(true);
  });

  it('keeps the newest of 7 days, 4 ISO weeks and 12 months, and every recent safety copy', () => {
    const days = Array.from({ length: 500 }, (_, i) => shiftDate('2025-07-01', i));
    const names = days.flatMap((day, i) => [
      { name: `relais-${day.replaceAll('-', '')}T080000000Z-daily.sqlite`, reason: 'daily', day },
      { name: `relais-${day.replaceAll('-', '')}T180000000Z-on-quit.sqlite`, reason: 'on-quit', day },
      ...(i % 40 === 0 ? [{ name: `relais-${day.replaceAll('-', '')}T090000000Z-before-restore.sqlite`, reason: 'before-restore', day }] : []),
    ]);
    const removed = new Set(backupsToRemove(names, { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 }));
    const kept = names.filter((entry) => !removed.has(entry.name));
    const last = days.at(-1) ?? '';
    const scheduled = kept.filter((entry) => entry.reason !== 'before-restore');
    // All of the newest day (the morning's too), the evening backups of the 6 days before, then one
    // per earlier week and month.
    expect(scheduled.slice(-8).map((entry) => entry.day)).toEqual([...days.slice(-7, -1), last, last]);
    expect(scheduled.slice(-2).map((entry) => entry.reason)).toEqual(['daily', 'on-quit']);
    expect(scheduled.slice(0, -2).every((entry) => entry.reason === 'on-quit')).toBe(true);
    expect(new Set(scheduled.map((entry) => entry.day.slice(0, 7))).size).toBe(12);
    expect(scheduled.length).toBeLessThanOrEqual(1 + 7 + 4 + 12);
    expect(scheduled[0]?.day).toBe('2025-12-31'); // twelve months: December 2025 to November 2026
    expect(last).toBe('2026-11-12');
    // Copies made before a restore may hold issued invoices: never removed.
    expect(kept.filter((entry) => entry.reason === 'before-restore')).toHaveLength(names.filter((entry) => entry.reason === 'before-restore').length);
    const migrations = names.map((entry) => ({ ...entry, reason: 'before-migration-v3', name: entry.name.replace('-daily', '-before-migration-v3') })).filter((entry) => entry.name.includes('before-migration'));
    expect(migrations.length).toBeGreaterThan(10);
    expect(migrations.length - backupsToRemove(migrations, { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 }).length).toBe(10);
  });

  it('rotates the files it writes, day after day', async () => {
    const { db, dir } = dispatcherWithAdmin();
    const clock = manualClock('2026-01-01T10:00:00+01:00');
    for (let day = 0; day < 60; day++) {
      await makeBackup(db, 'daily', clock.now());
      clock.advanceMinutes(24 * 60);
    }
    const kept = listBackups(path.join(dir, 'backups'));
    expect(kept.length).toBeGreaterThanOrEqual(7 + 2);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 3);
    expect(kept.at(-1)).toContain('20260301T');
    expect(kept[0]).toContain('20260131T'); // January's newest backup is kept for the month
  });
});

describe('a backup that fails', () => {
  it('is noted for the page until one succeeds again', async () => {
    const { db, dispatch, admin, dir } = dispatcherWithAdmin();
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups, { recursive: true });
    // A file where the next backup's name should go: that backup cannot be written.
    const now = new Date('2026-11-24T10:00:00Z');
    fs.mkdirSync(path.join(backups, 'relais-20261124T100000000Z-daily.sqlite.partial'));
    await expect(makeBackup(db, 'daily', now)).rejects.toThrow();
    const failed = expectOk(dispatch(admin, 'backups.list', {})) as { lastFailure: { at: string; detail: string } | null };
    expect(failed.lastFailure?.at).toBe('2026-11-24T11:00:00+01:00');
    expect(failed.lastFailure?.detail).not.toBe('');
    fs.rmSync(path.join(backups, 'relais-20261124T100000000Z-daily.sqlite.partial'), { recursive: true });
    await makeBackup(db, 'daily', new Date('2026-11-24T11:00:00Z'));
    expect((expectOk(dispatch(admin, 'backups.list', {})) as { lastFailure: unknown }).lastFailure).toBeNull();
  });
});

describe('the second folder', () => {
  it('receives a checked copy of each backup, and a missing stick does not stop the main backup', async () => {
    const { db, dispatch, admin, dir } = dispatcherWithAdmin();
    const stick = tempDir('relais-stick-');
    expectOk(dispatch(admin, 'settings.updateBackups', { keepDaily: 7, keepWeekly: 4, keepMonthly: 12, secondFolder: stick }));
    const made = await makeBackup(db, 'manual', new Date('2026-11-24T10:00:00Z'));
    expect(made.second).toMatchObject({ folder: 'second', name: made.main.name, restorable: true });
    expect(fs.readFileSync(path.join(stick, made.main.name)).equals(fs.readFileSync(path.join(dir, 'backups', made.main.name)))).toBe(true);

    fs.rmSync(stick, { recursive: true });
    const later = await makeBackup(db, 'manual', new Date('2026-11-25T10:00:00Z'));
    expect(later.second).toBeNull();
    expect(later.secondError).toContain(stick);
    expect(fs.existsSync(path.join(dir, 'backups', later.main.name))).toBe(true);
    const overview = expectOk(dispatch(admin, 'backups.list', {})) as { secondFolderReachable: boolean; backups: { folder: string }[] };
    expect(overview.secondFolderReachable).toBe(false);
    expect(overview.backups.every((entry) => entry.folder === 'main')).toBe(true);
  });

  it('must be an existing folder Relais can write to, given by its full path', () => {
    const { db, dispatch, admin } = dispatcherWithAdmin();
    const before = snapshot(db, ['audit_log']);
    const mainFolder = path.join(path.dirname(db.name), 'backups');
    fs.mkdirSync(mainFolder, { recursive: true });
    for (const secondFolder of ['clé-usb', '/nulle/part/relais', path.join(tempDir(), 'absent'), '/', mainFolder]) {
      const result = dispatch(admin, 'settings.updateBackups', { keepDaily: 7, keepWeekly: 4, keepMonthly: 12, secondFolder });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.fields?.[0]?.field).toBe('secondFolder');
      expect(result.error.message).toMatch(/second dossier/i);
      expect(result.error.messageEn).toMatch(/second folder/i);
    }
    const bad = dispatch(admin, 'settings.updateBackups', { keepDaily: 0, keepWeekly: 4, keepMonthly: 12, secondFolder: '' });
    expect(bad.ok ? '' : bad.error.fields?.[0]?.field).toBe('keepDaily');
    expect(snapshot(db, ['audit_log'])).toBe(before);
  });
});

describe('restoring from the backups page', () => {
  it('puts a backup back, backs up the current state first, signs the restorer out and logs it in the restored database', async () => {
    const { db, dispatch, admin, dir } = dispatcherWithAdmin();
    const treasurer = signedIn(dispatch, admin, 'treasurer');
    addClosure(db, 'Été');
    const saved = (await dispatch(admin, 'backups.create', {})) as { ok: true; value: { main: { name: string } } };
    expect(saved.ok).toBe(true);
    addClosure(db, 'Noël');
    const pending = dispatch(admin, 'backups.restore', { folder: 'main', name: saved.value.main.name });
    // While the restore runs, nothing else may write to the database.
    const meanwhile = dispatch(admin, 'settings.get', {});
    expect(meanwhile.ok ? 'ok' : meanwhile.error.code).toBe('busy');
    const restored = await pending;
    if (!restored.ok) throw new Error(restored.error.messageEn);
    const value = restored.value as { previous: { name: string; reason: string } };
    expect(value.previous.reason).toBe('before-restore');
    expect(closureLabels(path.join(dir, 'backups', value.previous.name))).toEqual(['Été', 'Noël']);
    // The open connection now reads the restored content.
    expect(db.prepare('SELECT label FROM closures ORDER BY id').pluck().all()).toEqual(['Été']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(admin.staff).toBeNull();
    // Every other session signs in again too: the restored database has its own staff.
    const other = dispatch(treasurer, 'settings.get', {});
    expect(other.ok ? 'ok' : other.error.code).toBe('not_signed_in');
    const log = db.prepare("SELECT action, details FROM audit_log WHERE action IN ('backup_made', 'backup_restored') ORDER BY id").all() as { action: string; details: string }[];
    expect(log.map((row) => row.action)).toEqual(['backup_restored']);
    expect(JSON.parse(log[0]?.details ?? '{}')).toMatchObject({ subject: saved.value.main.name, previous: value.previous.name });
    // And the app carries on: the admin signs in again on the restored staff table.
    expectOk(dispatch(admin, 'auth.signIn', { staffId: 1, pin: '2468' }));
    expect(expectOk(dispatch(admin, 'backups.list', {}))).toMatchObject({ backups: expect.arrayContaining([expect.objectContaining({ reason: 'before-restore' })]) });
  });

  it('refuses a backup made by a newer version, a damaged one, a missing one, and the welcome role, changing nothing', async () => {
    const { db, dispatch, admin, dir } = dispatcherWithAdmin();
    const backups = path.join(dir, 'backups');
    const made = await makeBackup(db, 'manual', new Date('2026-11-24T10:00:00Z'));
    const newerName = made.main.name.replace('-manual', '-daily');
    fs.copyFileSync(path.join(backups, made.main.name), path.join(backups, newerName));
    const newer = new Database(path.join(backups, newerName));
    newer.pragma(`user_version = ${latestVersion() + 1}`);
    newer.close();
    const damagedName = made.main.name.replace('-manual', '-on-quit');
    fs.writeFileSync(path.join(backups, damagedName), Buffer.alloc(8192, 0x5a));
    const files = () => fs.readdirSync(backups).sort();
    const welcome = signedIn(dispatch, admin, 'welcome');
    const before = { data: snapshot(db), files: files() };

    const refusal = async (input: unknown, session = admin) => {
      const result = await dispatch(session, 'backups.restore', input);
      if (result.ok) throw new Error('restored');
      return result.error;
    };
    expect(await refusal({ folder: 'main', name: newerName })).toMatchObject({ reason: 'errors.backups.too_new' });
    expect((await refusal({ folder: 'main', name: newerName })).message).toContain(`schéma ${latestVersion() + 1}`);
    expect(await refusal({ folder: 'main', name: damagedName })).toMatchObject({ reason: 'errors.backups.unreadable' });
    expect(await refusal({ folder: 'main', name: 'relais-20260101T000000000Z-daily.sqlite' })).toMatchObject({ code: 'not_found' });
    expect(await refusal({ folder: 'second', name: made.main.name })).toMatchObject({ code: 'not_found' });
    expect(await refusal({ folder: 'main', name: '../relais.sqlite' })).toMatchObject({ code: 'invalid_input' });
    expect(await refusal({ folder: 'main', name: made.main.name }, welcome)).toMatchObject({ code: 'forbidden' });
    // No before-restore copy was made, nothing was written.
    expect({ data: snapshot(db), files: files() }).toEqual(before);
    const overview = expectOk(dispatch(admin, 'backups.list', {})) as { backups: { name: string; restorable: boolean; version: number | null }[] };
    expect(overview.backups.find((entry) => entry.name === newerName)).toMatchObject({ restorable: false, version: latestVersion() + 1 });
    expect(overview.backups.find((entry) => entry.name === damagedName)).toMatchObject({ restorable: false, version: null });
  });

  it('restores an older version’s backup (migrated on a staged copy) and a backup from the second folder', async () => {
    const { db, dispatch, admin, dir } = dispatcherWithAdmin();
    const stick = tempDir('relais-stick-');
    expectOk(dispatch(admin, 'settings.updateBackups', { keepDaily: 7, keepWeekly: 4, keepMonthly: 12, secondFolder: stick }));
    // A database left at the previous schema, as an older Relais wrote it.
    const olderFile = path.join(tempDir(), 'older.sqlite');
    const older = openDatabase(olderFile, { migrations: migrations().slice(0, -1) });
    older.prepare("INSERT INTO closures (start_date, end_date, label) VALUES ('2026-04-01', '2026-04-05', 'Pâques')").run();
    // Its staff: the admin who will sign in again after the restore.
    older.prepare('ATTACH DATABASE ? AS live').run(db.name);
    older.exec('INSERT INTO staff SELECT * FROM live.staff; DETACH DATABASE live');
    older.close();
    const olderName = 'relais-20260401T080000000Z-daily.sqlite';
    fs.copyFileSync(olderFile, path.join(dir, 'backups', olderName));
    const restored = await dispatch(admin, 'backups.restore', { folder: 'main', name: olderName });
    if (!restored.ok) throw new Error(restored.error.messageEn);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(db.prepare('SELECT label FROM closures').pluck().all()).toEqual(['Pâques']);

    // Back to the state before, from the copy on the stick.
    const value = restored.value as { previous: { name: string } };
    fs.copyFileSync(path.join(dir, 'backups', value.previous.name), path.join(stick, value.previous.name));
    const session = newSession('test');
    expectOk(dispatch(session, 'auth.signIn', { staffId: 1, pin: '2468' }));
    // The older database has its own settings: no second folder until it is set again.
    expectOk(dispatch(session, 'settings.updateBackups', { keepDaily: 7, keepWeekly: 4, keepMonthly: 12, secondFolder: stick }));
    const back = await dispatch(session, 'backups.restore', { folder: 'second', name: value.previous.name });
    if (!back.ok) throw new Error(back.error.messageEn);
    expect(db.prepare('SELECT label FROM closures').pluck().all()).toEqual([]);
  });

  it('leaves the database as it was when the backup cannot be brought to this version', async () => {
    const { db, dispatch, admin, dir } = dispatcherWithAdmin();
    addClosure(db, 'Noël');
    const made = await makeBackup(db, 'manual', new Date('2026-11-24T10:00:00Z'));
    // Claims the previous schema while holding the latest tables: the last migration cannot run on it.
    const broken = path.join(dir, 'backups', made.main.name.replace('-manual', '-daily'));
    fs.copyFileSync(path.join(dir, 'backups', made.main.name), broken);
    const tamper = new Database(broken);
    tamper.pragma(`user_version = ${latestVersion() - 1}`);
    tamper.prepare("DELETE FROM closures").run();
    tamper.close();
    const before = snapshot(db);
    const result = await dispatch(admin, 'backups.restore', { folder: 'main', name: path.basename(broken) });
    expect(result.ok ? '' : result.error.message).toContain('n’a pas pu être mise à jour');
    expect(snapshot(db)).toBe(before);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(admin.staff).not.toBeNull();
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((name) => /staging|partial|before-restore/.test(name))).toEqual([]);
  });

  it('refuses an empty file named like a backup (a full stick), which would otherwise wipe everything', async () => {
    const { db, dispatch, admin, dir } = dispatcherWithAdmin();
    const name = 'relais-20261124T100000000Z-daily.sqlite';
    fs.mkdirSync(path.join(dir, 'backups'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'backups', name), '');
    const before = snapshot(db);
    const result = await dispatch(admin, 'backups.restore', { folder: 'main', name });
    expect(result.ok ? '' : result.error.reason).toBe('errors.backups.unreadable');
    expect(snapshot(db)).toBe(before);
  });

  it('tells what a restore would take off the books: issued invoices and payments', async () => {
    const space = billingSpace();
    const { dispatch, desk, db } = space;
    const saved = await makeBackup(db, 'manual', new Date('2026-11-30T10:00:00Z'));
    november(space);
    const run = expectOk(dispatch(desk, 'invoices.run', { month: '2026-11', issue: true })) as { issued: { id: number; number: string; totalCents: number; memberId: number }[] };
    expect(run.issued.length).toBe(3);
    const first = run.issued[0];
    if (!first) throw new Error('nothing issued');
    expectOk(dispatch(desk, 'payments.add', { memberId: first.memberId, date: '2026-12-01', method: 'cash', amountCents: first.totalCents }));
    const loss = expectOk(dispatch(desk, 'backups.compare', { folder: 'main', name: saved.main.name })) as { documents: number; numbers: string[]; payments: number };
    expect(loss).toEqual({ documents: 3, numbers: run.issued.map((invoice) => invoice.number), payments: 1 });
  });

  it('answers the CLI: backups run writes a rotated backup, backups list shows it', async () => {
    const { file, db } = dispatcherWithAdmin();
    db.close();
    const run = await relais.async('--db', file, '--json', 'backups', 'run');
    expect(run.code).toBe(0);
    const made = JSON.parse(run.out) as { main: { name: string } };
    const list = JSON.parse(relais('--db', file, '--json', 'backups', 'list').out) as { backups: { name: string }[] };
    expect(list.backups.map((entry) => entry.name)).toContain(made.main.name);
  });
});
