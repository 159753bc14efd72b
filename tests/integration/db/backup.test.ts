import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupTo, restoreFrom } from '../../../main/db/backup';
import { backupFileName, listBackups } from '../../../main/db/backup-files';
import { DatabaseOpenError } from '../../../main/db/errors';
import { latestVersion } from '../../../main/db/migrations';
import { openDatabase } from '../../../main/db/open';
import { freshDatabase } from '../../helpers/db';

const closureLabels = (file: string) => {
  const db = new Database(file, { readonly: true });
  const labels = db.prepare('SELECT label FROM closures ORDER BY id').pluck().all();
  db.close();
  return labels;
};

describe('backups', () => {
  it('copies a live database, including what is still in the WAL', () => {
    const { db, dir } = freshDatabase();
    db.prepare("INSERT INTO closures (start_date, end_date, label) VALUES ('2026-12-24', '2026-12-31', 'Noël')").run();
    const file = backupTo(db, path.join(dir, 'copie.sqlite'));
    expect(closureLabels(file)).toEqual(['Noël']);
    expect(() => backupTo(db, file)).toThrow(/exists/);
  });

  it('names backups made in the same millisecond apart, in time order', () => {
    const { db, dir } = freshDatabase();
    const backups = path.join(dir, 'backups');
    const now = new Date('2026-10-25T00:30:00Z');
    const first = backupTo(db, backupFileName(backups, 'on-quit', now));
    const second = backupTo(db, backupFileName(backups, 'on-quit', now));
    expect(listBackups(backups)).toEqual([path.basename(first), path.basename(second)]);
  });

  it('restores a backup over the database, saving the current one first', () => {
    const { db, file, dir } = freshDatabase();
    db.prepare("INSERT INTO closures (start_date, end_date, label) VALUES ('2026-08-01', '2026-08-15', 'Été')").run();
    const saved = backupTo(db, path.join(dir, 'saved.sqlite'));
    db.prepare("INSERT INTO closures (start_date, end_date, label) VALUES ('2026-12-24', '2026-12-31', 'Noël')").run();
    db.close();
    const { previous } = restoreFrom(saved, file, path.join(dir, 'backups'));
    expect(closureLabels(file)).toEqual(['Été']);
    expect(previous && closureLabels(previous)).toEqual(['Été', 'Noël']);
    const reopened = openDatabase(file);
    expect(reopened.pragma('user_version', { simple: true })).toBe(latestVersion());
    reopened.close();
  });

  it('restores onto a new machine, where the data folder does not exist yet', () => {
    const { db, dir } = freshDatabase();
    db.prepare("INSERT INTO closures (start_date, end_date, label) VALUES ('2026-08-01', '2026-08-15', 'Été')").run();
    const saved = backupTo(db, path.join(dir, 'saved.sqlite'));
    const target = path.join(dir, 'new-machine', 'Relais', 'relais.sqlite');
    expect(restoreFrom(saved, target, path.join(dir, 'new-machine', 'Relais', 'backups'))).toEqual({});
    expect(closureLabels(target)).toEqual(['Été']);
  });

  it('refuses to restore a file this version cannot open, leaving the database untouched', () => {
    const { db, file, dir } = freshDatabase();
    const newer = backupTo(db, path.join(dir, 'newer.sqlite'));
    db.close();
    const tamper = new Database(newer);
    tamper.pragma(`user_version = ${latestVersion() + 5}`);
    tamper.close();
    const before = fs.readFileSync(file);
    expect(() => restoreFrom(newer, file, path.join(dir, 'backups'))).toThrow(DatabaseOpenError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
