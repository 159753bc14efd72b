/**
 * The benchmark's data: demonstration databases of 1 and 10 years built through the `relais`
 * command (seed 42) and cached, working copies of them, and the staff signed in on a copy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiResult, MethodName } from '../main/api/contract';
import type { Dispatch } from '../main/api/dispatcher';
import { newSession, type Session } from '../main/api/session';
import { runCli, type CliIo } from '../main/cli/run';
import { latestVersion } from '../main/db/migrations';
import type { Db } from '../main/db/open';

export const SEED = 42;
/** The demonstration is laid out around the day it was built; a database older than this is rebuilt. */
const MAX_AGE_DAYS = 7;

const say = (text: string) => process.stdout.write(`${text}\n`);
const cliIo: CliIo = { out: () => undefined, err: (text) => process.stderr.write(`${text}\n`), env: process.env };

export function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/**
 * A demonstration database of `years` years (seed 42), built through the `relais` command as a user
 * would. Built once and cached in the system's temporary folder between runs — the 10-year one takes
 * about a minute — under a name keyed by the number of migrations, so that a new migration
 * rebuilds it. It is also rebuilt when older than a week (this week's board should show this week's
 * bookings) and with `--fresh`. The cached file is never written to: each run works on a copy.
 */
export function demoDatabase(years: number, fresh: boolean): { file: string; buildSeconds: number | null } {
  const file = path.join(os.tmpdir(), `relais-bench-${years}y-seed${SEED}-m${latestVersion()}.sqlite`);
  const age = fs.existsSync(file) ? Date.now() - fs.statSync(file).mtimeMs : Number.POSITIVE_INFINITY;
  if (!fresh && age < MAX_AGE_DAYS * 86_400_000) return { file, buildSeconds: null };
  say(`Building the ${years}-year demonstration database (seed ${SEED})…`);
  const building = `${file}.building-${process.pid}`;
  removeDatabase(building);
  const start = performance.now();
  try {
    for (const command of [['init'], ['demo', '--years', String(years), '--seed', String(SEED)]]) {
      const code = runCli(['--db', building, ...command], cliIo);
      if (code !== 0) throw new Error(`relais ${command.join(' ')} failed with exit code ${code}`);
    }
    // Closed cleanly, a WAL database is whole in its main file; a leftover log would be lost by the rename.
    if (fs.existsSync(`${building}-wal`) && fs.statSync(`${building}-wal`).size > 0) throw new Error(`${building}-wal was left behind`);
    removeDatabase(file);
    fs.renameSync(building, file);
  } finally {
    removeDatabase(building);
  }
  return { file, buildSeconds: (performance.now() - start) / 1000 };
}

/** A working copy of a cached database, removed by `done`: signing in writes to the audit log. */
export function workingCopy(source: string, label: string): { file: string; done: () => void } {
  const file = path.join(os.tmpdir(), `relais-bench-run-${process.pid}-${label}.sqlite`);
  removeDatabase(file);
  fs.copyFileSync(source, file);
  return { file, done: () => removeDatabase(file) };
}

export function ok<T>(result: ApiResult<unknown> | Promise<ApiResult<unknown>>, method = 'call'): T {
  if (result instanceof Promise) throw new Error(`${method} answers later: time it with an asynchronous helper`);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.messageEn}`);
  return result.value as T;
}

export const ADMIN = { name: 'Banc d’essai', pin: '2468' };

export interface Staff {
  admin: Session;
  /** A front-desk (welcome) account. */
  desk: Session;
  treasurer: Session;
  /** A window turned into the arrival kiosk by the front desk. */
  kiosk: Session;
}

/** The first admin, a front-desk account, the treasurer and a kiosk, each signed in with their PIN as at the lock screen. */
export function signInStaff(dispatch: Dispatch): Staff {
  const admin = newSession('test');
  ok(dispatch(admin, 'auth.createFirstAdmin', ADMIN), 'auth.createFirstAdmin');
  // A session idle longer than this is locked by the server; a module may wait its turn for minutes.
  ok(dispatch(admin, 'settings.updateSecurity', { idleLockMinutes: 240 }), 'settings.updateSecurity');
  const signIn = (name: string, role: 'welcome' | 'treasurer') => {
    const staff = ok<{ id: number }>(dispatch(admin, 'staff.add', { name, role, pin: '1357' }), 'staff.add');
    const session = newSession('test');
    ok(dispatch(session, 'auth.signIn', { staffId: staff.id, pin: '1357' }), 'auth.signIn');
    return session;
  };
  const desk = signIn('Accueil', 'welcome');
  const kiosk = signIn('Borne', 'welcome');
  ok(dispatch(kiosk, 'kiosk.open', {}), 'kiosk.open');
  return { admin, desk, treasurer: signIn('Trésorerie', 'treasurer'), kiosk };
}

/** A contract method called as `session` would from the interface; a refusal stops the benchmark. */
export type Call = (method: MethodName, input: unknown) => unknown;

export function caller(dispatch: Dispatch, session: Session): Call {
  return (method, input) => ok(dispatch(session, method, input), method);
}

/** One number read with a statement (a count, a maximum). */
export function scalar<T = number>(db: Db, query: string, ...params: unknown[]): T {
  return db.prepare(query).pluck().get(...params) as T;
}
