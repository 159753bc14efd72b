/**
 * `npm run bench` (DESIGN §7): every capability's key operations through the dispatcher, as the
 * interface calls them, on demonstration databases of 1 and 10 years — each timed many times:
 * median, p95, the ratio of the median to the raw SQL the operation rests on, the target it must
 * meet and how it grows from 1 to 10 years — then the interface in Chromium against the HTTP bridge
 * (a cold load to the first screen, a navigation between screens). Printed as tables and written to
 * artifacts/bench.json.
 *
 *   npm run bench                        everything (the demonstration databases cached in the OS temp dir)
 *   npm run bench -- --fresh             rebuild the demonstration databases first (after changing `relais demo`)
 *   npm run bench -- --only api          the operations only
 *   npm run bench -- --only renderer     Chromium only (builds out/renderer when missing)
 *   npm run bench -- --loads 40          more cold loads in Chromium (20 by default)
 *   npm run bench -- --renderer-dir DIR  another build of the renderer (to compare build settings)
 *   npm run bench -- --years 15 --only api --out artifacts/bench-15y.json   another size of data
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDispatcher } from '../main/api/dispatcher';
import { openDatabase } from '../main/db/open';
import { isoDate, shiftDate } from '../main/domain/common/time';
import { benchAccounting } from './accounting';
import { benchBackup } from './backup';
import { benchBoard, week, type Range } from './board';
import { caller, demoDatabase, scalar, SEED, signInStaff, workingCopy } from './datasets';
import { benchDesk } from './desk';
import { benchInvoicing } from './invoicing';
import { load, ms, table, TARGETS, type BenchRow, type Timing } from './measure';
import { benchNetwork } from './network';
import { benchRenderer, RENDERER, type RendererResult } from './renderer';

const ROOT = path.resolve(import.meta.dirname, '..');

const { values: flags } = parseArgs({
  options: {
    fresh: { type: 'boolean', default: false },
    only: { type: 'string' },
    loads: { type: 'string', default: '20' },
    'renderer-dir': { type: 'string' },
    years: { type: 'string', default: '1,10' },
    out: { type: 'string', default: path.join(ROOT, 'artifacts', 'bench.json') },
  },
});
if (flags.only !== undefined && flags.only !== 'api' && flags.only !== 'renderer') throw new Error('--only api | renderer');
const OUT = path.resolve(flags.out);
const YEARS = flags.years.split(',').map(Number);
if (YEARS.some((years) => !Number.isInteger(years) || years < 1 || years > 15)) throw new Error('--years: a list of 1 to 15, e.g. 1,10');
const say = (text: string) => process.stdout.write(`${text}\n`);

interface Dataset {
  years: number;
  file: string;
  buildSeconds: number | null;
  facts: Record<string, number>;
  load: { before: string; after: string };
  seconds: number;
  rows: BenchRow[];
}

function benchDataset(years: number, source: string): Omit<Dataset, 'years' | 'file' | 'buildSeconds'> {
  const started = performance.now();
  const loadBefore = load();
  const copy = workingCopy(source, `${years}y`);
  const db = openDatabase(copy.file);
  try {
    const today = isoDate(new Date());
    const thisWeek = week(today, 0);
    const monthFrom = `${today.slice(0, 7)}-01`;
    const month: Range = { from: monthFrom, to: shiftDate(`${shiftDate(monthFrom, 31).slice(0, 7)}-01`, -1) };
    const periods = {
      thisWeek,
      weeks: [0, -1, 1, -4, -13, -26, -52].map((offset) => week(today, offset)),
      month,
      year: { from: new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 12, 1)).toISOString().slice(0, 10), to: month.to },
    };
    const count = (table: string, where = '') => scalar(db, `SELECT count(*) FROM ${table} ${where}`);
    const facts: Record<string, number> = {
      dbBytes: fs.statSync(source).size,
      members: count('members'),
      activeMembers: count('members', "WHERE status = 'active'"),
      bookings: count('bookings'),
      seatHolds: count('seat_holds'),
      attendances: count('attendances'),
      calls: count('calls'),
      charterSignatures: count('charter_signatures'),
    };

    const dispatch = createDispatcher({ db });
    const staff = signInStaff(dispatch);
    const desk = caller(dispatch, staff.desk);
    const treasurer = caller(dispatch, staff.treasurer);
    const rows: BenchRow[] = [];
    const part = (name: string, work: () => BenchRow[]) => {
      const start = performance.now();
      rows.push(...work());
      say(`  ${years}y ${name}: ${((performance.now() - start) / 1000).toFixed(1)} s (load ${load()})`);
    };
    part('planning board', () => benchBoard(db, desk, periods));
    part('front desk', () => {
      const result = benchDesk(db, { desk, kiosk: caller(dispatch, staff.kiosk) }, { today, years });
      Object.assign(facts, result.facts);
      return result.rows;
    });
    part('invoicing', () => {
      const result = benchInvoicing(db, desk, today);
      Object.assign(facts, result.facts);
      return result.rows;
    });
    part('accounting', () => {
      const result = benchAccounting(db, treasurer, today);
      Object.assign(facts, result.facts);
      return result.rows;
    });
    part('network', () => benchNetwork(db, treasurer, today));
    return { facts, rows, load: { before: loadBefore, after: load() }, seconds: (performance.now() - started) / 1000 };
  } finally {
    db.close();
    copy.done();
  }
}

/** The backup of a working copy, closed first: the command opens its own connection, as it would beside the app. */
async function backupRow(years: number, source: string): Promise<BenchRow> {
  const copy = workingCopy(source, `${years}y-backup`);
  try {
    return await benchBackup(copy.file);
  } finally {
    copy.done();
  }
}

const met = (timing: Timing, targetMs: number | null) => (targetMs === null ? '–' : timing.p95Ms < targetMs ? 'yes' : 'NO');

function printDatasets(datasets: Dataset[]): void {
  say('');
  for (const dataset of datasets) {
    const built = dataset.buildSeconds === null ? 'cached' : `built in ${dataset.buildSeconds.toFixed(1)} s`;
    say(`${dataset.years} year(s): ${dataset.file} (${built}), measured in ${dataset.seconds.toFixed(0)} s, load ${dataset.load.before} → ${dataset.load.after}`);
    say(`  ${Object.entries(dataset.facts).map(([key, value]) => `${key} ${value}`).join(', ')}`);
  }
  const operations = [...new Set(datasets.flatMap((dataset) => dataset.rows.map((row) => row.operation)))];
  const [first, last] = [datasets[0], datasets.at(-1)];
  const rowOf = (dataset: Dataset | undefined, operation: string) => dataset?.rows.find((row) => row.operation === operation);
  const cells = (row: BenchRow | undefined) =>
    row ? [ms(row.timing.medianMs), ms(row.timing.p95Ms), row.raw ? ms(row.raw.medianMs) : '–', row.raw ? (row.timing.medianMs / row.raw.medianMs).toFixed(1) : '–'] : ['', '', '', ''];
  const growth = first && last && first !== last ? `growth ${last.years}y/${first.years}y` : 'growth';
  say('');
  say(
    table(
      ['operation', 'runs', ...datasets.flatMap(({ years }) => [`${years}y median`, `${years}y p95`, `${years}y raw`, `${years}y ×raw`]), growth, 'target p95', 'met'],
      operations.map((operation) => {
        const rows = datasets.map((dataset) => rowOf(dataset, operation));
        const present = rows.filter((row): row is BenchRow => row !== undefined);
        const any = present.at(-1) as BenchRow;
        const [one, ten] = [rowOf(first, operation), rowOf(last, operation)];
        const verdicts = present.map((row) => met(row.timing, row.targetMs));
        return [
          operation,
          String(any.timing.iterations),
          ...rows.flatMap(cells),
          one && ten && one !== ten ? `${(ten.timing.medianMs / one.timing.medianMs).toFixed(1)}×` : '–',
          any.targetMs === null ? '–' : String(any.targetMs),
          verdicts.includes('NO') ? 'NO' : (verdicts[0] ?? '–'),
        ];
      }),
    ),
  );
  say(`\nWhat each row did (${datasets.map(({ years }) => `${years}y`).join(' | ')}):`);
  for (const operation of operations) say(`  ${operation}: ${datasets.map((dataset) => rowOf(dataset, operation)?.detail ?? '').join(' | ')}`);
}

function printRenderer(result: RendererResult): void {
  say(`\nChromium ${result.chromium}, renderer ${result.build.dir} built ${result.build.builtAt} (JS ${(result.build.jsBytes / 1024).toFixed(0)} KiB, CSS ${(result.build.cssBytes / 1024).toFixed(0)} KiB)`);
  if (result.build.warning) say(`Warning: ${result.build.warning}`);
  const line = (name: string, timing: Timing, target: number | null) => [name, String(timing.iterations), ms(timing.medianMs), ms(timing.p95Ms), target === null ? '–' : String(target), met(timing, target)];
  say(
    table(
      ['interface, 10-year data', 'runs', 'median ms', 'p95 ms', 'target p95', 'met'],
      [
        line('cold load → lock screen usable (first screen)', result.coldLoad, TARGETS.firstScreen),
        line('  same, Node’s wall clock around goto', result.coldLoadWall, null),
        line('  first contentful paint', result.firstContentfulPaint, null),
        line('  DOMContentLoaded', result.domContentLoaded, null),
        line('cold load in a new browser process', result.coldBrowser, TARGETS.firstScreen),
        line('PIN Enter → home screen with its data', result.unlockToHome, null),
        line('cold load → home screen (PIN typed at once)', result.coldToHome, null),
        ...result.navigations.map((navigation) => line(`menu → ${navigation.screen} (${navigation.visit === 'first' ? 'first visit' : 'back again'})`, navigation.timing, TARGETS.firstScreen)),
      ],
    ),
  );
  if (result.consoleErrors.length > 0) say(`Console errors: ${result.consoleErrors.join(' | ')}`);
}

const previous = fs.existsSync(OUT) ? (JSON.parse(fs.readFileSync(OUT, 'utf8')) as Record<string, unknown>) : {};
const datasets: Dataset[] = [];
let renderer: RendererResult | null = null;
const started = new Date();
say(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load ${load()}`);

if (flags.only !== 'renderer') {
  for (const years of YEARS) {
    const { file, buildSeconds } = demoDatabase(years, flags.fresh);
    say(`Measuring ${years} year(s) of data…`);
    const dataset = benchDataset(years, file);
    const backup = await backupRow(years, file);
    say(`  ${years}y backup: load ${load()}`);
    datasets.push({ years, file, buildSeconds, ...dataset, rows: [...dataset.rows, backup] });
  }
  printDatasets(datasets);
}
if (flags.only !== 'api') {
  const { file } = demoDatabase(10, flags.fresh && flags.only === 'renderer');
  say(`\nMeasuring the interface in Chromium (10 years of data, load ${load()})…`);
  renderer = await benchRenderer(file, { loads: Number(flags.loads), browserStarts: 10, rendererDir: path.resolve(flags['renderer-dir'] ?? RENDERER) });
  printRenderer(renderer);
}

fs.mkdirSync(path.dirname(OUT), { recursive: true });
const json = {
  ...previous,
  generatedAt: started.toISOString(),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)), node: process.version, loadAtEnd: load() },
  seed: SEED,
  targets: TARGETS,
  ...(datasets.length > 0 && {
    apiMeasuredAt: started.toISOString(),
    datasets: datasets.map(({ rows, ...dataset }) => ({
      ...dataset,
      results: rows.map((row) => ({
        operation: row.operation,
        detail: row.detail,
        ...row.timing,
        rawMedianMs: row.raw?.medianMs ?? null,
        rawP95Ms: row.raw?.p95Ms ?? null,
        ratio: row.raw ? row.timing.medianMs / row.raw.medianMs : null,
        targetP95Ms: row.targetMs,
        met: row.targetMs === null ? null : row.timing.p95Ms < row.targetMs,
      })),
    })),
  }),
  ...(renderer && { renderer: { ...renderer, measuredAt: new Date().toISOString(), loadAtEnd: load() } }),
};
fs.writeFileSync(OUT, `${JSON.stringify(json, null, 2)}\n`);
say(`\n${path.relative(process.cwd(), OUT)}`);
