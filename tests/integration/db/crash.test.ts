import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { OutputOf } from '../../../main/api/contract';
import { createDispatcher } from '../../../main/api/dispatcher';
import { cliSession, newSession } from '../../../main/api/session';
import { openDatabase } from '../../../main/db/open';
import { expectOk, tempDir } from '../../helpers/db';
import { IDENTITY } from '../../helpers/identity';
import { addMember } from '../../helpers/members';

/*
 * Crash safety: a child process books, checks in and out, issues invoices and records payments
 * through the real dispatcher, printing each id once it is committed; it is killed with SIGKILL at
 * random moments, again and again. After that the file must be sound (`integrity_check`), hold every
 * id the writer printed, and its chain of invoices and payments must still verify.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WRITER = path.join(ROOT, 'tests/helpers/crash-writer.ts');

/**
 * The writer bundled into one file, laid out as the built app is (`out/main`: the code with
 * `migrations/` and `resources/` beside it). Started through tsx, the writer spends several seconds
 * resolving its thousand-odd modules (date-fns alone is over 800) before its first write; bundled, it
 * starts in about a second, so the test can afford its kills.
 */
async function bundledWriter(dir: string): Promise<string> {
  const outfile = path.join(dir, 'crash-writer.mjs');
  await build({
    entryPoints: [WRITER],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['better-sqlite3'],
    // Bundled CommonJS packages still call `require`.
    banner: { js: "import { createRequire as relaisCreateRequire } from 'node:module'; const require = relaisCreateRequire(import.meta.url);" },
    logLevel: 'error',
  });
  fs.symlinkSync(path.join(ROOT, 'main/db/migrations'), path.join(dir, 'migrations'));
  fs.symlinkSync(path.join(ROOT, 'resources'), path.join(dir, 'resources'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return outfile;
}
const KILLS = 20;
/** A check of the file after this many kills, and another after the last one. */
const MIDWAY = 10;
/** The most a kill waits once the writer has printed a first round of each kind. */
const MAX_DELAY_MS = 150;

const KINDS = ['booking', 'checkin', 'checkout', 'invoice', 'payment'] as const;
type Kind = (typeof KINDS)[number];

/** A small seeded generator (mulberry32): the same seed gives the same kill delays. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Run {
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/**
 * Starts the writer on `file`, waits until it has committed a first payment (so each run writes every
 * kind), then `delayMs` more, and kills it with SIGKILL. Answers the complete lines it printed.
 */
function runAndKill(writer: string, file: string, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, file], {
      cwd: ROOT,
      env: { ...process.env, TZ: 'Europe/Paris' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killScheduled = false;
    const giveUp = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the writer printed no payment within 60 s; it said: ${stdout.slice(-500)} ${stderr}`));
    }, 60_000);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (!killScheduled && /^payment \d+$/m.test(stdout)) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    // `close`: the process is gone and everything it wrote to its pipes has been read.
    child.on('close', (code, signal) => {
      clearTimeout(giveUp);
      // Only complete lines: a line cut by the kill promises nothing.
      const complete = stdout.slice(0, stdout.lastIndexOf('\n') + 1);
      resolve({ lines: complete.split('\n').filter((line) => line !== ''), signal, code, stderr });
    });
  });
}

/** Everything the writers said they committed. */
class Printed {
  readonly ids: Record<Kind, Set<number>> = { booking: new Set(), checkin: new Set(), checkout: new Set(), invoice: new Set(), payment: new Set() };
  readonly numbers = new Map<number, string>();
  /** The kind of the last line each run printed before it was killed. */
  readonly lastKinds: Kind[] = [];

  add(lines: string[]): void {
    for (const line of lines) {
      const match = /^(booking|checkin|checkout|invoice|payment) (\d+)(?: (\S+))?$/.exec(line);
      if (!match) throw new Error(`the writer printed an unexpected line: ${JSON.stringify(line)}`);
      const kind = match[1] as Kind;
      const id = Number(match[2]);
      // One id printed twice would mean a row given out twice (or rolled back and given again).
      expect(this.ids[kind].has(id), `${kind} ${id} printed twice`).toBe(false);
      this.ids[kind].add(id);
      if (kind === 'invoice') this.numbers.set(id, match[3] as string);
    }
    const last = lines.at(-1);
    if (last) this.lastKinds.push(last.split(' ')[0] as Kind);
  }

  get total(): number {
    return KINDS.reduce((sum, kind) => sum + this.ids[kind].size, 0);
  }
}

/** The ids of `ids` that `query` (taking one id) does not find. */
function missing(db: Database.Database, query: string, ids: Set<number>): number[] {
  const statement = db.prepare(query).pluck();
  return [...ids].filter((id) => statement.get(id) === undefined);
}

/** Rows found in the file. */
interface Rows {
  bookings: number;
  attendances: number;
  invoices: number;
  payments: number;
}

/** Opens the file as it was left, checks it is sound and holds everything printed, and verifies the chain. */
function checkFile(file: string, printed: Printed): Rows {
  // Read-only first: the file exactly as the killed writer left it (with its WAL), nothing rewritten.
  const ro = new Database(file, { readonly: true, fileMustExist: true });
  let rows: Rows;
  try {
    expect(ro.pragma('integrity_check', { simple: false })).toEqual([{ integrity_check: 'ok' }]);
    expect(ro.pragma('foreign_key_check')).toEqual([]);
    expect(missing(ro, 'SELECT 1 FROM bookings WHERE id = ?', printed.ids.booking), 'bookings printed but missing').toEqual([]);
    expect(missing(ro, 'SELECT 1 FROM attendances WHERE id = ?', printed.ids.checkin), 'check-ins printed but missing').toEqual([]);
    expect(missing(ro, 'SELECT 1 FROM attendances WHERE id = ? AND left_at IS NOT NULL', printed.ids.checkout), 'check-outs printed but missing').toEqual([]);
    expect(missing(ro, 'SELECT 1 FROM payments WHERE id = ?', printed.ids.payment), 'payments printed but missing').toEqual([]);
    const numberOf = ro.prepare('SELECT number FROM invoices WHERE id = ?').pluck();
    const invoicesWrong = [...printed.numbers].filter(([id, number]) => numberOf.get(id) !== number);
    expect(invoicesWrong, 'invoices printed but missing or unnumbered').toEqual([]);
    rows = {
      bookings: ro.prepare('SELECT count(*) FROM bookings').pluck().get() as number,
      attendances: ro.prepare('SELECT count(*) FROM attendances').pluck().get() as number,
      invoices: ro.prepare('SELECT count(*) FROM invoices WHERE number IS NOT NULL').pluck().get() as number,
      payments: ro.prepare('SELECT count(*) FROM payments').pluck().get() as number,
    };
  } finally {
    ro.close();
  }
  // Then as the app opens it, and the chain verified through the contract.
  const db = openDatabase(file);
  try {
    const report = expectOk(createDispatcher({ db })(cliSession(), 'ledger.verify', {})) as OutputOf<'ledger.verify'>;
    expect(report.problems).toEqual([]);
    expect(report.intact).toBe(true);
    expect(report.links).toBe(rows.invoices + rows.payments);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    db.close();
  }
  return rows;
}

describe('a database written by a process killed at random moments', () => {
  it(`keeps every committed booking, check-in, invoice and payment, and its chain, through ${KILLS} SIGKILLs`, { timeout: 180_000 }, async () => {
    const seed = Number(process.env.RELAIS_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
    console.log(`crash test seed: ${seed} (RELAIS_CRASH_SEED=${seed} to replay the same kill delays)`);
    const random = prng(seed);

    const dir = tempDir('relais-crash-');
    fs.mkdirSync(path.join(dir, 'writer'));
    const writer = await bundledWriter(path.join(dir, 'writer'));
    const file = path.join(dir, 'relais.sqlite');
    {
      const db = openDatabase(file);
      const dispatch = createDispatcher({ db, clock: () => new Date('2026-12-01T08:45:00+01:00') });
      expectOk(dispatch(newSession('test'), 'auth.createFirstAdmin', { name: 'Camille', pin: '2468' }));
      const desk = cliSession();
      expectOk(dispatch(desk, 'settings.updateIdentity', IDENTITY));
      addMember(dispatch, desk);
      addMember(dispatch, desk, { firstName: 'Sam', lastName: 'Perrin', email: 'sam@example.org', phone: '' });
      addMember(dispatch, desk, { firstName: 'Noa', lastName: 'Bernard', email: 'noa@example.org', phone: '' });
      db.close();
    }

    const printed = new Printed();
    const started = Date.now();
    let midway: Rows | undefined;
    for (let kill = 1; kill <= KILLS; kill += 1) {
      const before = printed.total;
      const run = await runAndKill(writer, file, Math.floor(random() * (MAX_DELAY_MS + 1)));
      // Killed by us while writing, not ended on its own.
      expect(run.stderr, `run ${kill}: the writer complained`).toBe('');
      expect({ run: kill, signal: run.signal, code: run.code }).toEqual({ run: kill, signal: 'SIGKILL', code: null });
      printed.add(run.lines);
      // Every run committed something new: a round of each kind at least.
      expect(printed.total, `run ${kill} printed nothing new`).toBeGreaterThanOrEqual(before + 5);
      if (kill === MIDWAY) midway = checkFile(file, printed);
    }
    const rows = checkFile(file, printed);

    // What was written kept growing after the midway check.
    expect(midway).toBeDefined();
    for (const table of ['bookings', 'attendances', 'invoices', 'payments'] as const) expect(rows[table], table).toBeGreaterThan(midway?.[table] ?? Infinity);
    for (const kind of KINDS) expect(printed.ids[kind].size, kind).toBeGreaterThanOrEqual(KILLS);
    console.log(
      `crash test: ${KILLS} kills in ${((Date.now() - started) / 1000).toFixed(1)} s; ids checked: ${KINDS.map((kind) => `${kind} ${printed.ids[kind].size}`).join(', ')}; ` +
        `rows: ${JSON.stringify(rows)}; last line before each kill: ${printed.lastKinds.join(' ')}`,
    );
  });
});
