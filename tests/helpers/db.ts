import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';
import type { ApiResult } from '../../main/api/result';
import { createDispatcher, type Dispatch } from '../../main/api/dispatcher';
import { newSession, type Session } from '../../main/api/session';
import { openDatabase, type Db, type OpenOptions } from '../../main/db/open';

/** A temporary folder removed when the test ends. */
export function tempDir(prefix = 'relais-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A real SQLite file in a temporary folder, migrated, closed when the test ends. */
export function freshDatabase(options: OpenOptions = {}): { db: Db; file: string; dir: string } {
  const dir = tempDir();
  const file = path.join(dir, 'relais.sqlite');
  const db = openDatabase(file, options);
  onTestFinished(() => {
    if (db.open) db.close();
  });
  return { db, file, dir };
}

/** A clock the test moves by hand. */
export function manualClock(start = '2026-11-22T09:00:00+01:00') {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    advanceMinutes: (minutes: number) => {
      now = new Date(now.getTime() + minutes * 60_000);
    },
  };
}

export type Role = 'welcome' | 'treasurer' | 'admin';

/** A dispatcher on a fresh database with an admin created through the first-run path. */
export function dispatcherWithAdmin(options: { clock?: () => Date } = {}) {
  const { db, file, dir } = freshDatabase();
  const dispatch = createDispatcher({ db, clock: options.clock });
  const admin = newSession('test');
  expectOk(dispatch(admin, 'auth.createFirstAdmin', { name: 'Camille', pin: '2468' }));
  return { db, file, dir, dispatch, admin };
}

/**
 * Like `dispatcherWithAdmin`, for a whole suite (called in `beforeAll`): one database shared by its
 * tests (a demonstration takes seconds to build), removed after the last one.
 */
export function suiteDispatcherWithAdmin(options: { clock?: () => Date } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-suite-'));
  const file = path.join(dir, 'relais.sqlite');
  const db = openDatabase(file);
  afterAll(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const dispatch = createDispatcher({ db, clock: options.clock });
  const admin = newSession('test');
  expectOk(dispatch(admin, 'auth.createFirstAdmin', { name: 'Camille', pin: '2468' }));
  return { db, file, dir, dispatch, admin };
}

/** Creates a staff account with `role` and signs it in through the PIN check, as the lock screen does. */
export function signedIn(dispatch: Dispatch, admin: Session, role: Role, name = `${role}-${Math.random().toString(36).slice(2, 7)}`): Session {
  const added = expectOk(dispatch(admin, 'staff.add', { name, role, pin: '1357' })) as { id: number };
  const session = newSession('test');
  expectOk(dispatch(session, 'auth.signIn', { staffId: added.id, pin: '1357' }));
  return session;
}

/** The value of a call answered at once (a deferred method's promise is awaited by the caller). */
export function expectOk(result: ApiResult<unknown> | Promise<ApiResult<unknown>>): unknown {
  if (result instanceof Promise) throw new Error('a deferred method: await it before expectOk');
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.messageEn}`);
  return result.value;
}

/** Every row of every table, to compare a database before and after a call. */
export function snapshot(db: Db, except: string[] = []): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    if (except.includes(name)) continue;
    // A WITHOUT ROWID table has no rowid, and is read in its primary key's order anyway.
    const withoutRowid = (db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(name) as string).includes('WITHOUT ROWID');
    dump[name] = db.prepare(`SELECT * FROM "${name}"${withoutRowid ? '' : ' ORDER BY rowid'}`).all();
  }
  return JSON.stringify(dump);
}

/** French text with its no-break spaces (before « : ? » and inside « ») read as plain spaces. */
export function plain(text: string | undefined | false): string {
  return typeof text === 'string' ? text.replace(/[\u00a0\u202f]/g, ' ') : '';
}
