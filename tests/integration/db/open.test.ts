import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../main/db/backup-files';
import { DatabaseOpenError } from '../../../main/db/errors';
import { RELAIS_APPLICATION_ID } from '../../../main/db/inspect';
import { latestVersion, loadMigrations, migrations, type Migration } from '../../../main/db/migrations';
import { openDatabase } from '../../../main/db/open';
import { freshDatabase, tempDir } from '../../helpers/db';

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function schemaOf(file: string): string {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name').all();
  db.close();
  return JSON.stringify(rows);
}

function openError(run: () => unknown): DatabaseOpenError {
  try {
    run();
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error;
    throw error;
  }
  throw new Error('expected a DatabaseOpenError');
}

describe('opening a database', () => {
  it('creates a Relais database at the latest schema with the default space', () => {
    const { db } = freshDatabase();
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(db.pragma('application_id', { simple: true })).toBe(RELAIS_APPLICATION_ID);
    expect((db.prepare('SELECT count(*) AS n FROM seats').get() as { n: number }).n).toBe(9);
  });

  it('has the pragmas in force after a reopen', () => {
    const { db, file } = freshDatabase();
    db.close();
    const again = openDatabase(file);
    expect(again.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(again.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(again.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(again.pragma('secure_delete', { simple: true })).toBe(1);
    again.close();
  });

  it('makes every table STRICT', () => {
    const { db } = freshDatabase();
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT(, WITHOUT ROWID)?$/);
  });

  it('is idempotent: reopening changes nothing in the schema', () => {
    const { db, file } = freshDatabase();
    db.close();
    const before = schemaOf(file);
    openDatabase(file).close();
    openDatabase(file).close();
    expect(schemaOf(file)).toBe(before);
  });

  it('refuses a database made by a newer version, and writes nothing to it', () => {
    // As a file is left by this version: in WAL mode, its log checkpointed away on close.
    const { db, file, dir } = freshDatabase();
    db.pragma(`user_version = ${latestVersion() + 1}`);
    db.close();
    const before = sha256(file);
    const filesBefore = fs.readdirSync(dir).sort();
    expect(filesBefore).not.toContain(`${path.basename(file)}-wal`);
    const error = openError(() => openDatabase(file));
    expect(error.problem).toBe('too_new');
    expect(error.message).toContain('version plus récente');
    expect(error.messageEn).toContain('newer version');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(filesBefore);
  });

  it('still reads the version from the write-ahead log when one holds newer pages', () => {
    const { db, file } = freshDatabase();
    db.pragma('wal_autocheckpoint = 0');
    db.pragma(`user_version = ${latestVersion() + 1}`);
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    expect(openError(() => openDatabase(file)).problem).toBe('too_new');
    db.close();
  });

  it('refuses a file that is not a database, and an SQLite file that is not Relais', () => {
    const dir = tempDir();
    const text = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(text, 'ceci n’est pas une base de données, mais un texte assez long pour en avoir l’air'.repeat(20));
    expect(openError(() => openDatabase(text)).problem).toBe('not_a_database');
    const other = path.join(dir, 'other.sqlite');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE things (id INTEGER PRIMARY KEY)');
    foreign.close();
    expect(openError(() => openDatabase(other)).problem).toBe('foreign_database');
    // Another program's file with a schema version of its own is still not Relais, not a newer Relais.
    const versioned = path.join(dir, 'versioned.sqlite');
    const theirs = new Database(versioned);
    theirs.pragma('journal_mode = WAL');
    theirs.exec('CREATE TABLE things (id INTEGER PRIMARY KEY)');
    theirs.pragma('user_version = 42');
    theirs.close();
    expect(openError(() => openDatabase(versioned)).problem).toBe('foreign_database');
    const marked = path.join(dir, 'marked.sqlite');
    const owned = new Database(marked);
    owned.pragma('application_id = 7');
    owned.pragma('user_version = 42');
    owned.close();
    const filesBefore = fs.readdirSync(dir).sort();
    expect(openError(() => openDatabase(marked)).problem).toBe('foreign_database');
    expect(fs.readdirSync(dir).sort()).toEqual(filesBefore);
  });

  it('finds a damaged file at start and says how to recover', () => {
    const { db, file } = freshDatabase();
    db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT) STRICT');
    const insert = db.prepare('INSERT INTO filler (text) VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run(`ligne ${i} `.repeat(10));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over a few interior pages, leaving the header and the schema page intact.
    for (let page = 8; page < 14; page++) bytes.fill(0x5a, page * pageSize, page * pageSize + pageSize);
    fs.writeFileSync(file, bytes);
    const error = openError(() => openDatabase(file));
    expect(error.problem).toBe('corrupt');
    expect(error.message).toContain('relais restore --from');
  });
});

describe('migrations', () => {
  it('are numbered 1, 2, 3… and each ships as a .sql file', () => {
    const list = migrations();
    expect(list.map((m) => m.version)).toEqual(list.map((_, i) => i + 1));
  });

  it('refuse a gap in the numbering', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '0001-first.sql'), 'CREATE TABLE a (id INTEGER) STRICT;');
    fs.writeFileSync(path.join(dir, '0003-third.sql'), 'CREATE TABLE c (id INTEGER) STRICT;');
    expect(() => loadMigrations(dir)).toThrow(/expected 2/);
  });

  const extra = (sql: string): Migration => ({ version: migrations().length + 1, name: 'test-step', sql });

  it('backs the file up before migrating it, then migrates in order', () => {
    const { db, file, dir } = freshDatabase();
    db.prepare("INSERT INTO closures (start_date, end_date, label) VALUES ('2026-08-01', '2026-08-15', 'Été')").run();
    db.close();
    const steps = [...migrations(), extra('CREATE TABLE test_step (id INTEGER PRIMARY KEY) STRICT;')];
    const migrated = openDatabase(file, { migrations: steps });
    expect(migrated.pragma('user_version', { simple: true })).toBe(steps.length);
    migrated.close();
    const backups = listBackups(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toContain(`before-migration-v${latestVersion()}`);
    const backup = new Database(path.join(dir, 'backups', backups[0] ?? ''), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(backup.prepare('SELECT label FROM closures').pluck().all()).toEqual(['Été']);
    backup.close();
  });

  it('run each in one transaction: a failing step leaves nothing half-written', () => {
    const { db, file } = freshDatabase();
    db.close();
    const broken = extra('CREATE TABLE half_done (id INTEGER) STRICT; INSERT INTO no_such_table VALUES (1);');
    expect(() => openDatabase(file, { migrations: [...migrations(), broken] })).toThrow();
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(check.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
    check.close();
  });
});
