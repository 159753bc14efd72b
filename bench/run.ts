/**
 * `npm run bench` (DESIGN §7): the planning board and the occupancy figures on demonstration databases
 * of 1 and 10 years, each timed many times — median, p95, and the ratio of the median to the raw SQL
 * the operation rests on — printed as a table and written to artifacts/bench.json.
 *
 *   npm run bench               reuse the cached demonstration databases when they are fresh
 *   npm run bench -- --fresh    rebuild them (after changing `relais demo`)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contract, type ApiResult, type MethodName } from '../main/api/contract';
import { createDispatcher, type Dispatch } from '../main/api/dispatcher';
import { newSession, type Session } from '../main/api/session';
import { runCli, type CliIo } from '../main/cli/run';
import { latestVersion } from '../main/db/migrations';
import { openDatabase, type Db } from '../main/db/open';
import { planningBoard } from '../main/domain/bookings/board';
import { occupancy } from '../main/domain/bookings/occupancy';
import { isoDate, shiftDate } from '../main/domain/common/time';
import { benchAccounting } from './accounting';
import { benchNetwork } from './network';
import { benchInvoicing } from './invoicing';
import { ms, table, time, type Timing } from './measure';

const SEED = 42;
const YEARS = [1, 10];
const BOARD_ITERATIONS = 300;
const OCCUPANCY_ITERATIONS = 100;
/** DESIGN §7: any screen's data in less than this, at the 95th percentile. */
const TARGET_P95_MS = 10;
/** The demonstration is laid out around the day it was built; a database older than this is rebuilt. */
const MAX_AGE_DAYS = 7;

const ROOT = path.resolve(import.meta.dirname, '..');
const fresh = process.argv.includes('--fresh');
const say = (text: string) => process.stdout.write(`${text}\n`);

const cliIo: CliIo = { out: () => undefined, err: (text) => process.stderr.write(`${text}\n`), env: process.env };

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/**
 * A demonstration database of `years` years (seed 42), built through the `relais` command as a user
 * would. Built once and cached in the system's temporary folder between runs — the 10-year one takes
 * about twenty seconds — under a name keyed by the number of migrations, so that a new migration
 * rebuilds it. It is also rebuilt when older than a week (this week's board should show this week's
 * bookings) and with `--fresh`. The cached file is never written to: each run works on a copy.
 */
function demoDatabase(years: number): { file: string; buildSeconds: number | null } {
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

/** A front-desk (welcome) account and the treasurer, each signed in with their PIN, as at the lock screen. */
function frontDesk(dispatch: Dispatch): { desk: Session; treasurer: Session } {
  const admin = newSession('test');
  const ok = <T>(result: ApiResult<unknown>): T => {
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.messageEn}`);
    return result.value as T;
  };
  ok(dispatch(admin, 'auth.createFirstAdmin', { name: 'Banc d’essai', pin: '2468' }));
  const signIn = (name: string, role: 'welcome' | 'treasurer') => {
    const staff = ok<{ id: number }>(dispatch(admin, 'staff.add', { name, role, pin: '1357' }));
    const session = newSession('test');
    ok(dispatch(session, 'auth.signIn', { staffId: staff.id, pin: '1357' }));
    return session;
  };
  return { desk: signIn('Accueil', 'welcome'), treasurer: signIn('Trésorerie', 'treasurer') };
}

interface Range {
  from: string;
  to: string;
}

/** Monday to Sunday of the week `offset` weeks from the one containing `today`. */
function week(today: string, offset: number): Range {
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
  const from = shiftDate(today, offset * 7 - weekday);
  return { from, to: shiftDate(from, 6) };
}

/** The first to the last day of the month of `today`. */
function monthOf(today: string): Range {
  const from = `${today.slice(0, 7)}-01`;
  const nextMonth = `${shiftDate(from, 31).slice(0, 7)}-01`;
  return { from, to: shiftDate(nextMonth, -1) };
}

/**
 * The reads the board rests on, as plain prepared statements: the seats, the desk plans and releases,
 * the bookings with their seat and member, the seat holds and the closures of the range.
 */
function rawBoardReads(db: Db): (range: Range) => unknown[] {
  const seats = db.prepare('SELECT s.id, s.code, s.name, s.kind, r.id AS roomId, r.name AS roomName FROM seats s JOIN rooms r ON r.id = s.room_id ORDER BY r.sort, s.sort');
  const plans = db.prepare(
    `SELECT p.id, p.seat_id, p.member_id, m.first_name, m.last_name, p.start_date, p.end_date FROM plans p JOIN members m ON m.id = p.member_id
      WHERE p.seat_id IS NOT NULL AND p.kind <> 'carnet' AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)`,
  );
  const releases = db.prepare('SELECT plan_id, date FROM desk_releases WHERE date BETWEEN ? AND ?');
  const bookings = db.prepare(
    `SELECT b.id, s.code, b.date, b.slot, b.start_time, b.end_time, b.member_id, m.first_name, m.last_name, b.visitor_name, b.channel, b.note, b.status
       FROM bookings b JOIN seats s ON s.id = b.seat_id LEFT JOIN members m ON m.id = b.member_id
      WHERE b.date BETWEEN ? AND ? AND b.status IN ('booked', 'attended')`,
  );
  const holds = db.prepare('SELECT seat_id, date, half FROM seat_holds WHERE date BETWEEN ? AND ?');
  const closures = db.prepare('SELECT start_date, end_date, label FROM closures WHERE start_date <= ? AND end_date >= ?');
  return ({ from, to }) => [
    seats.all(),
    plans.all(to, from),
    releases.all(from, to),
    bookings.all(from, to),
    holds.all(from, to),
    closures.all(to, from),
  ];
}

interface Row {
  years: number;
  operation: string;
  timing: Timing;
  raw: Timing | null;
  /** The p95 it must stay under: a screen's data by default. */
  targetMs: number;
}

function benchDataset(years: number, source: string): { rows: Row[]; facts: Record<string, number> } {
  // Each run works on a copy: signing in writes to the audit log, and the cache stays as built.
  const file = path.join(os.tmpdir(), `relais-bench-run-${process.pid}-${years}y.sqlite`);
  fs.copyFileSync(source, file);
  const db = openDatabase(file);
  try {
    const today = isoDate(new Date());
    const thisWeek = week(today, 0);
    const weeks = [0, -1, 1, -4, -13, -26, -52].map((offset) => week(today, offset));
    const month = monthOf(today);
    // A year of figures both databases cover: the twelve months up to the end of this one.
    const year: Range = { from: new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 12, 1)).toISOString().slice(0, 10), to: month.to };
    const yearLabel = `${year.from.slice(0, 7)}…${year.to.slice(0, 7)}`;
    const count = (query: string, ...params: string[]) => db.prepare(query).pluck().get(...params) as number;
    const facts = {
      members: count('SELECT count(*) FROM members'),
      bookings: count('SELECT count(*) FROM bookings'),
      seatHolds: count('SELECT count(*) FROM seat_holds'),
      thisWeekCells: planningBoard(db, thisWeek.from, thisWeek.to).cells.length,
      yearHolds: count('SELECT count(*) FROM seat_holds WHERE date BETWEEN ? AND ?', year.from, year.to),
      calls: count('SELECT count(*) FROM calls'),
    };

    const raw = rawBoardReads(db);
    const rows: Row[] = [];
    const add = (operation: string, timing: Timing, rawTiming: Timing | null, targetMs = TARGET_P95_MS) => rows.push({ years, operation, timing, raw: rawTiming, targetMs });
    const nth = (i: number) => weeks[i % weeks.length] ?? thisWeek;

    const rawWeek = time(() => raw(thisWeek), BOARD_ITERATIONS);
    add('board, this week', time(() => planningBoard(db, thisWeek.from, thisWeek.to), BOARD_ITERATIONS), rawWeek);
    const rawWeeks = time((i) => raw(nth(i)), BOARD_ITERATIONS);
    add(`board, ${weeks.length} weeks in turn`, time((i) => planningBoard(db, nth(i).from, nth(i).to), BOARD_ITERATIONS), rawWeeks);
    add('board, this month', time(() => planningBoard(db, month.from, month.to), BOARD_ITERATIONS), time(() => raw(month), BOARD_ITERATIONS));

    const holdsOfYear = db.prepare('SELECT count(*) FROM seat_holds WHERE date BETWEEN ? AND ?');
    const rawYear = time(() => holdsOfYear.get(year.from, year.to), OCCUPANCY_ITERATIONS);
    add(`occupancy ${yearLabel} by month`, time(() => occupancy(db, year.from, year.to, 'month'), OCCUPANCY_ITERATIONS), rawYear);

    // The same operations through the dispatcher (access check, validation, transaction, output check).
    if (Object.hasOwn(contract, 'bookings.board')) {
      const dispatch = createDispatcher({ db });
      const sessions = frontDesk(dispatch);
      const callAs = (session: Session) => (method: MethodName, input: unknown) => {
        const result = dispatch(session, method, input) as ApiResult<unknown>;
        if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.messageEn}`);
        return result.value;
      };
      const call = callAs(sessions.desk);
      add('bookings.board via dispatcher, this week', time(() => call('bookings.board', thisWeek), BOARD_ITERATIONS), rawWeek);
      if (Object.hasOwn(contract, 'occupancy.get')) {
        add(`occupancy.get via dispatcher, ${yearLabel}`, time(() => call('occupancy.get', { ...year, by: 'month' }), OCCUPANCY_ITERATIONS), rawYear);
      }
      // Every member with their charter standing: what « Membres » and « Charte › Signatures » read.
      const activeMembers = db.prepare("SELECT id, first_name, last_name FROM members WHERE status = 'active'");
      const rawMembers = time(() => activeMembers.all(), BOARD_ITERATIONS);
      if (Object.hasOwn(contract, 'charter.signStatus')) add('charter.signStatus via dispatcher', time(() => call('charter.signStatus', {}), BOARD_ITERATIONS), rawMembers);
      add('members.list via dispatcher (active)', time(() => call('members.list', {}), BOARD_ITERATIONS), rawMembers);
      if (Object.hasOwn(contract, 'calls.summary')) {
        const lastMonth = { month: shiftDate(month.from, -1).slice(0, 7) };
        const callsOfMonth = db.prepare('SELECT * FROM calls WHERE month = ?');
        const rawCalls = time(() => callsOfMonth.all(lastMonth.month), BOARD_ITERATIONS);
        add(`calls.list via dispatcher, ${lastMonth.month}`, time(() => call('calls.list', lastMonth), BOARD_ITERATIONS), rawCalls);
        add(`calls.summary via dispatcher, ${lastMonth.month}`, time(() => call('calls.summary', lastMonth), BOARD_ITERATIONS), rawCalls);
      }
      if (Object.hasOwn(contract, 'ledger.verify')) {
        const invoicing = benchInvoicing(db, call, today);
        for (const row of invoicing.rows) add(row.operation, row.timing, row.raw, row.targetMs);
        Object.assign(facts, invoicing.facts);
      }
      if (Object.hasOwn(contract, 'accounting.fec') && Object.hasOwn(contract, 'reports.year')) {
        const accounting = benchAccounting(db, callAs(sessions.treasurer), today);
        for (const row of accounting.rows) add(row.operation, row.timing, row.raw, row.targetMs);
        Object.assign(facts, accounting.facts);
      }
      for (const row of benchNetwork(db, callAs(sessions.treasurer), today)) add(row.operation, row.timing, row.raw, row.targetMs);
    }
    return { rows, facts };
  } finally {
    db.close();
    removeDatabase(file);
  }
}

const results: { years: number; file: string; buildSeconds: number | null; facts: Record<string, number>; rows: Row[] }[] = [];
for (const years of YEARS) {
  const { file, buildSeconds } = demoDatabase(years);
  const { rows, facts } = benchDataset(years, file);
  results.push({ years, file, buildSeconds, facts, rows });
}

say('');
for (const result of results) {
  const built = result.buildSeconds === null ? 'cached' : `built in ${result.buildSeconds.toFixed(1)} s`;
  const facts = Object.entries(result.facts).map(([key, value]) => `${key} ${value}`).join(', ');
  say(`${result.years} year(s): ${result.file} (${built}) — ${facts}`);
}
say('');
const rows = results.flatMap((result) => result.rows);
say(
  table(
    ['data', 'operation', 'runs', 'median ms', 'p95 ms', 'raw SQL median ms', '× raw', 'target p95 ms', 'met'],
    rows.map((row) => [
      `${row.years}y`,
      row.operation,
      String(row.timing.iterations),
      ms(row.timing.medianMs),
      ms(row.timing.p95Ms),
      row.raw ? ms(row.raw.medianMs) : '–',
      row.raw ? (row.timing.medianMs / row.raw.medianMs).toFixed(1) : '–',
      String(row.targetMs),
      row.timing.p95Ms < row.targetMs ? 'yes' : 'NO',
    ]),
  ),
);

const out = path.join(ROOT, 'artifacts', 'bench.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
const json = {
  generatedAt: new Date().toISOString(),
  node: process.version,
  seed: SEED,
  targetP95Ms: TARGET_P95_MS,
  datasets: results.map(({ rows: datasetRows, ...dataset }) => ({
    ...dataset,
    results: datasetRows.map((row) => ({
      operation: row.operation,
      ...row.timing,
      rawMedianMs: row.raw?.medianMs ?? null,
      rawP95Ms: row.raw?.p95Ms ?? null,
      ratio: row.raw ? row.timing.medianMs / row.raw.medianMs : null,
      targetP95Ms: row.targetMs,
    })),
  })),
};
fs.writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
say(`\n${path.relative(process.cwd(), out)}`);
