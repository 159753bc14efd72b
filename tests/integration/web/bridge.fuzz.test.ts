import fc from 'fast-check';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../../main/api/contract';
import { createDispatcher } from '../../../main/api/dispatcher';
import { cliSession, newSession } from '../../../main/api/session';
import type { Db } from '../../../main/db/open';
import { isNetworkUrl } from '../../../main/domain/network/schema';
import { readSection } from '../../../main/domain/settings/store';
import { hashPin } from '../../../main/domain/staff/pin';
import { startBridge } from '../../../main/web/bridge';
import { arbitraryFor, wellFormedFor } from '../../helpers/arbitrary';
import { expectOk, freshDatabase, snapshot, tempDir } from '../../helpers/db';
import { IDENTITY } from '../../helpers/identity';
import { november, settableClock } from '../../helpers/invoicing';

/**
 * Every contract method, called over the loopback HTTP bridge as a hostile page or a careless script
 * would: inputs of the wrong type, huge, unicode, SQL-like, numbers out of any range; no token or a
 * wrong one, another origin or host, bodies that are not JSON or not objects, methods that do not
 * exist; each from a tab of some role (nobody, the kiosk, welcome, treasurer, admin), often the wrong
 * one. The bridge must answer every request, never with an internal error, and a refused call must
 * leave the database exactly as it was.
 *
 * Deterministic: a fixed seed (FUZZ_SEED overrides it), and the bridge's clock moves one second per
 * request. FUZZ_ROUNDS sets how many times every method is called (80: about 11 000 requests).
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 80);
const PIN = '2468';
/** No request may hold the bridge longer than this (a parser fed a huge string once took 90 s). */
const SLOWEST_ANSWER_MS = 15_000;

const ROLES = ['anonymous', 'kiosk', 'welcome', 'treasurer', 'admin'] as const;
type FuzzRole = (typeof ROLES)[number];
type StaffRole = Exclude<FuzzRole, 'anonymous' | 'kiosk'>;

/** One browser tab per role: the bridge keeps a session per `x-relais-session`. */
const TABS: Record<FuzzRole, string> = {
  anonymous: '00000000-0000-4000-8000-00000000000a',
  kiosk: '00000000-0000-4000-8000-00000000000b',
  welcome: '00000000-0000-4000-8000-00000000000c',
  treasurer: '00000000-0000-4000-8000-00000000000d',
  admin: '00000000-0000-4000-8000-00000000000e',
};

/** The dispatcher's access refusals: what a call from the wrong role must hear. */
const ACCESS_REASONS = new Set(['errors.auth.not_signed_in', 'errors.auth.forbidden', 'errors.kiosk.not_at_kiosk', 'errors.auth.idle_locked']);

/**
 * Tables a refused call writes on purpose: a wrong PIN is counted and logged; a report the network
 * did not accept is logged with its answer (the sending is recorded before the answer comes).
 */
function writtenEvenIfRefused(method: string): string[] {
  if (['auth.signIn', 'staff.changeOwnPin', 'kiosk.close'].includes(method)) return ['audit_log', 'staff'];
  if (method === 'network.send') return ['network_sendings', 'audit_log'];
  return [];
}

/** Calls whose success may change who a tab is: the tabs are checked, and put back, after them. */
const SESSION_CHANGING = new Set([
  'auth.signIn',
  'auth.signOut',
  'kiosk.open',
  'kiosk.close',
  'staff.update',
  'staff.resetPin',
  'staff.changeOwnPin',
  'backups.restore',
  'recovery.restore',
]);

/** How each request goes wrong, with its weight: most are proper calls with random inputs and roles. */
const VARIANTS = [
  ['call', 80],
  ['no-token', 3],
  ['wrong-token', 3],
  ['foreign-origin', 3],
  ['foreign-host', 3],
  ['bad-session', 2],
  ['malformed-json', 2],
  ['not-an-object', 2],
  ['unknown-method', 1],
  ['wrong-verb', 1],
] as const;
type Variant = (typeof VARIANTS)[number][0];

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface Answer {
  status: number;
  type: string;
  body: string;
}

type Result = { ok: true; value: unknown } | { ok: false; error: { code: string; reason: string; message: string; messageEn: string } };

/**
 * Writes per table, counted by temporary triggers on the test's connection (the bridge's too: they
 * share it). A write rolled back with its transaction takes its count with it, so a difference is a
 * committed write — cheap enough to check after every one of ten thousand calls.
 */
class WriteCounter {
  private readonly read: () => { name: string; n: number }[];

  constructor(db: Db) {
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]);
    db.exec('CREATE TEMP TABLE fuzz_writes (name TEXT PRIMARY KEY, n INTEGER NOT NULL) STRICT');
    const add = db.prepare('INSERT INTO fuzz_writes (name, n) VALUES (?, 0)');
    for (const table of tables) {
      add.run(table);
      for (const operation of ['INSERT', 'UPDATE', 'DELETE']) {
        db.exec(`CREATE TEMP TRIGGER "fuzz_${table}_${operation}" AFTER ${operation} ON "${table}" BEGIN UPDATE fuzz_writes SET n = n + 1 WHERE name = '${table}'; END`);
      }
    }
    const statement = db.prepare('SELECT name, n FROM fuzz_writes');
    this.read = () => statement.all() as { name: string; n: number }[];
  }

  counts(): Map<string, number> {
    return new Map(this.read().map(({ name, n }) => [name, n]));
  }

  /** The tables written since `before`, leaving out those in `except`. */
  writtenSince(before: Map<string, number>, except: string[]): string[] {
    return this.read()
      .filter(({ name, n }) => n !== before.get(name) && !except.includes(name))
      .map(({ name }) => name);
  }
}

/** Stands in for the network's server: `network.send` only ever reaches this (it accepts every other report). */
async function networkSink() {
  let hits = 0;
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      hits++;
      response.writeHead(hits % 2 === 0 ? 503 : 200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(hits % 2 === 0 ? 'indisponible' : 'reçu');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/rapports`, hits: () => hits };
}

/**
 * A real database with a little of everything, so that random ids meet real rows: three staff
 * accounts sharing one PIN, the space's identity, members with a desk, visits, a call, November's
 * invoices issued, and network reports sent to the sink.
 */
function seededDatabase(networkUrl: string) {
  const { db } = freshDatabase();
  const clock = settableClock('2026-12-01T09:00:00+01:00');
  const dispatch = createDispatcher({ db, clock: clock.now });
  const desk = cliSession();
  const admin = expectOk(dispatch(newSession('test'), 'auth.createFirstAdmin', { name: 'Camille', pin: PIN })) as { staffId: number };
  const ids: Record<StaffRole, number> = { admin: admin.staffId, welcome: 0, treasurer: 0 };
  for (const role of ['welcome', 'treasurer'] as const) {
    ids[role] = (expectOk(dispatch(desk, 'staff.add', { name: `Fuzz ${role}`, role, pin: PIN })) as { id: number }).id;
  }
  expectOk(dispatch(desk, 'settings.updateIdentity', IDENTITY));
  november({ dispatch, desk, clock });
  expectOk(dispatch(desk, 'invoices.run', { month: '2026-11', issue: true }));
  const { network } = expectOk(dispatch(desk, 'settings.get', {})) as { network: Record<string, unknown> };
  expectOk(dispatch(desk, 'settings.updateNetwork', { ...network, url: networkUrl }));
  return { db, ids };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function short(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
}

/** An answer of the contract: 200, JSON, `{ok, value}` or a bilingual error that is not internal. */
function apiResult(answer: Answer, context: () => string): Result {
  const fail = (problem: string) => new Error(`${context()}: ${problem}: HTTP ${answer.status} ${short(answer.body)}`);
  if (answer.status !== 200) throw fail('not a contract answer');
  if (!answer.type.startsWith('application/json')) throw fail(`content-type ${answer.type}`);
  let result: unknown;
  try {
    result = JSON.parse(answer.body);
  } catch {
    throw fail('the body is not JSON');
  }
  if (!isObject(result) || typeof result.ok !== 'boolean') throw fail('not a result');
  if (result.ok) {
    if (!('value' in result)) throw fail('a success without value');
    return result as Result;
  }
  const error = result.error;
  if (!isObject(error)) throw fail('a failure without error');
  const { code, reason, message, messageEn } = error;
  if (typeof code !== 'string' || code === 'internal') throw fail(`error code ${String(code)}`);
  if (typeof reason !== 'string' || reason === '') throw fail('no reason');
  if (typeof message !== 'string' || message.trim().length <= 5) throw fail('no French message');
  if (typeof messageEn !== 'string' || messageEn.trim().length <= 5) throw fail('no English message');
  return result as Result;
}

describe('the HTTP bridge under random calls', () => {
  it('answers every contract method, whatever it is sent and by whom, and a refused call writes nothing', { timeout: 300_000 }, async () => {
    const started = Date.now();
    const sink = await networkSink();
    const { db, ids } = seededDatabase(sink.url);
    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Relais</title>');
    let tick = 0;
    const start = new Date('2026-12-01T10:00:00+01:00').getTime();
    const bridge = await startBridge({ db, rendererDir, clock: () => new Date(start + tick * 1000) });
    onTestFinished(() => bridge.close());
    const writes = new WriteCounter(db);
    // The counter sees a committed write, and not one rolled back.
    const touch = db.prepare('UPDATE staff SET name = name WHERE id = ?');
    const untouched = writes.counts();
    expect(() =>
      db.transaction(() => {
        touch.run(ids.admin);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(writes.writtenSince(untouched, [])).toEqual([]);
    touch.run(ids.admin);
    expect(writes.writtenSince(untouched, [])).toEqual(['staff']);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    onTestFinished(() => agent.destroy());
    const self = `127.0.0.1:${bridge.port}`;

    let httpCalls = 0;
    const statuses = new Map<string, number>();
    const note = (key: string) => statuses.set(key, (statuses.get(key) ?? 0) + 1);
    let slowest = { ms: 0, call: '' };

    function request(options: { path: string; verb?: string; headers: Record<string, string>; body?: string | Buffer }): Promise<Answer> {
      httpCalls++;
      tick++;
      // Always a length: a body after OPTIONS or DELETE would otherwise be read as the next request.
      const headers: Record<string, string> = { ...options.headers };
      if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
      // An empty Host means none at all (Node's client would otherwise write its own).
      const setHost = headers.host !== '';
      if (!setHost) delete headers.host;
      return new Promise((resolve) => {
        const outgoing = http.request(
          { host: '127.0.0.1', port: bridge.port, path: options.path, method: options.verb ?? 'POST', headers, setHost, agent },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }),
            );
          },
        );
        outgoing.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, type: '', body: `${error.code ?? ''} ${error.message}` }));
        outgoing.end(options.body);
      });
    }

    const headersFor = (role: FuzzRole): Record<string, string> => ({
      'content-type': 'application/json',
      'x-relais-token': bridge.token,
      'x-relais-session': TABS[role],
      host: self,
    });

    /** A call the test needs to succeed (putting a tab back in its role). */
    async function must(role: FuzzRole, method: string, input: unknown): Promise<unknown> {
      const result = apiResult(await request({ path: `/api/${method}`, headers: headersFor(role), body: JSON.stringify(input) }), () => `restoring ${role}: ${method}`);
      if (!result.ok) throw new Error(`restoring ${role}: ${method} refused: ${result.error.messageEn}`);
      return result.value;
    }

    // Random calls may rename, demote, deactivate or lock the three accounts the tabs use, or change
    // their PIN; between two random calls the test puts them back as they were, in the database
    // itself (a restoring call through the bridge could meet the same trouble).
    const pinHash = hashPin(PIN);
    const restoreAccount = db.prepare(
      `UPDATE staff SET role = @role, active = 1, pin_hash = @pinHash, failed_pins = 0, locked_until = NULL
       WHERE id = @id AND (role <> @role OR active <> 1 OR failed_pins <> 0 OR locked_until IS NOT NULL OR pin_hash <> @pinHash)`,
    );
    let restorations = 0;

    /** Puts every tab back in its role: nobody, the kiosk, welcome, treasurer, admin. */
    async function restoreTabs(): Promise<void> {
      for (const role of ['welcome', 'treasurer', 'admin'] as const) restoreAccount.run({ id: ids[role], role, pinHash });
      for (const role of ROLES) {
        const status = (await must(role, 'auth.status', {})) as { signedIn: { staffId: number; role: string } | null; kiosk: boolean };
        if (role === 'anonymous') {
          if (!status.kiosk && !status.signedIn) continue;
          if (status.kiosk) await must(role, 'kiosk.close', { staffId: ids.welcome, pin: PIN });
          await must(role, 'auth.signOut', {});
        } else if (role === 'kiosk') {
          if (status.kiosk) continue;
          if (!status.signedIn) await must(role, 'auth.signIn', { staffId: ids.welcome, pin: PIN });
          await must(role, 'kiosk.open', {});
        } else if (status.kiosk) {
          await must(role, 'kiosk.close', { staffId: ids[role], pin: PIN });
        } else if (status.signedIn?.staffId !== ids[role] || status.signedIn.role !== role) {
          await must(role, 'auth.signIn', { staffId: ids[role], pin: PIN });
        } else continue;
        restorations++;
      }
    }

    const allowed = (method: MethodName, role: FuzzRole): boolean => {
      const roles: readonly string[] = contract[method].roles;
      if (role === 'kiosk') return roles.includes('kiosk');
      return roles.includes('public') || roles.includes(role);
    };

    /** `network.send` never leaves this machine: whatever random settings were saved, the address is loopback. */
    function networkStaysHere(): void {
      const { url } = readSection(db, 'network');
      if (url !== '' && !LOOPBACK.has(new URL(url).hostname)) throw new Error(`network.send would post to ${url}`);
    }

    /**
     * What a random call would save and later act on outside the test is redirected: any network
     * address becomes the sink's; an absolute second backup folder (tests may run as root, for whom
     * `/` is writable) becomes a temporary one.
     */
    const secondFolder = tempDir('relais-fuzz-second-');
    function neutralise(method: MethodName, input: unknown): unknown {
      if (!isObject(input)) return input;
      if (method === 'settings.updateNetwork' && typeof input.url === 'string') {
        const url = input.url.trim();
        if (isNetworkUrl(url)) input.url = sink.url;
      }
      if (method === 'settings.updateBackups' && typeof input.secondFolder === 'string' && path.isAbsolute(input.secondFolder.trim())) {
        input.secondFolder = secondFolder;
      }
      return input;
    }

    // ---- The plan: every method once per round in a shuffled order, each call with its variant and
    // role; demo.load too, but only from roles that may not call it (loading takes seconds).
    const methods = METHOD_NAMES.filter((name) => name !== 'demo.load');
    const planned: MethodName[] = [...methods, 'demo.load'];
    const orders = fc.sample(fc.shuffledSubarray(planned, { minLength: planned.length, maxLength: planned.length }), { seed: SEED, numRuns: ROUNDS });
    const steps = fc.sample(
      fc.record({
        variant: fc.oneof(...VARIANTS.map(([variant, weight]) => ({ weight, arbitrary: fc.constant<Variant>(variant) }))),
        // Half the calls come from a role the method allows, so that they reach its rules.
        fromAllowedRole: fc.boolean(),
        role: fc.nat(999),
        pick: fc.nat(999),
        origin: fc.constantFrom('none', 'none', `http://127.0.0.1:${bridge.port}`, `http://localhost:${bridge.port}`),
        host: fc.constantFrom(self, self, `localhost:${bridge.port}`),
      }),
      { seed: SEED + 1, numRuns: ROUNDS * planned.length },
    );
    const inputs = new Map(
      planned.map((method, index) => {
        // Hostile values, values that pass the schema (so that calls reach the rules behind it), anything at all.
        const schema = contract[method].input;
        const input = fc.oneof(
          { weight: 2, arbitrary: arbitraryFor(schema) },
          { weight: 2, arbitrary: wellFormedFor(schema) },
          { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
        );
        return [method, fc.sample(input, { seed: SEED + 2 + index, numRuns: ROUNDS })];
      }),
    );

    const port = bridge.port;
    const foreignOrigins = [
      'http://evil.example',
      `http://evil.example:${port}`,
      `http://192.168.1.5:${port}`,
      `http://10.0.0.1:${port}`,
      `https://127.0.0.1:${port}`,
      `http://127.0.0.1:${port + 1}`,
      `http://127.0.0.1.evil.example:${port}`,
      `http://localhost.evil.example:${port}`,
      `http://[::1]:${port}`,
      `http://0.0.0.0:${port}`,
      `http://127.0.0.1:${port}.evil.example`,
      `http://127.0.0.1:${port}/`,
      `http://http://127.0.0.1:${port}`,
      `HTTP://127.0.0.1:${port}`,
      // No scheme: not an origin at all (the bridge once took these for its own).
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      'null',
      'file://',
      '',
    ];
    const foreignHosts = ['evil.example', `evil.example:${port}`, `192.168.1.5:${port}`, `127.0.0.1:${port + 1}`, 'localhost', '127.0.0.1', `[::1]:${port}`, `LOCALHOST:${port}`, ''];
    const token = bridge.token;
    const wrongTokens = [
      '',
      'guess',
      token.slice(1),
      `${token}x`,
      `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`,
      token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase(),
      `${token} ${token}`,
      'x'.repeat(4000),
    ];
    const badSessions = ['', 'abc', TABS.admin.toUpperCase(), `${TABS.admin}0`, TABS.admin.slice(1), `{${TABS.admin.slice(2)}}`, '../../../../etc/passwd'];
    const malformedBodies: (string | Buffer)[] = [
      '{',
      '{"a":',
      "{'year': 2026}",
      '{"year": 2026,}',
      '{"year": 2026} trailing',
      'undefined',
      'NaN',
      '\u0000',
      '{"a": "\\u12"}',
      Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
      '['.repeat(100_000),
    ];
    const notObjects = ['[]', '[{}]', '1', '-0', '1e400', '"auth.status"', 'null', 'true', '""', ' [ ] '];
    const unknownMethods = ['nope', 'auth', 'auth.status.', 'AUTH.STATUS', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'demo.loadd', '_', `m${'a'.repeat(5000)}`];
    // Paths that are not `/api/<name>`: a POST there is no call at all.
    const notApiPaths = ['/api/auth-status', '/api/auth.status/x', '/api/', '/api', '/api/%61uth.status', '/API/auth.status', '//api/auth.status'];
    const planReady = Date.now();

    let done = 0;
    const perMethod = new Map<string, number>(planned.map((method) => [method, 0]));
    const acceptedMethods = new Set<string>();
    const perRole = new Map<string, { accepted: number; refused: number }>(ROLES.map((role) => [role, { accepted: 0, refused: 0 }]));
    let accepted = 0;
    let refused = 0;
    let snapshotsCompared = 0;
    let dirty = true;
    let previous = () => '';

    for (let round = 0; round < ROUNDS; round++) {
      for (const method of orders[round] as MethodName[]) {
        const step = steps[done] as (typeof steps)[number];
        done++;
        if (dirty) {
          await restoreTabs();
          dirty = false;
        }
        const allowedRoles = ROLES.filter((role) => allowed(method, role));
        const pool = method === 'demo.load' ? ROLES.filter((role) => !allowed(method, role)) : step.fromAllowedRole ? allowedRoles : ROLES;
        const role = pool[step.role % pool.length] as FuzzRole;
        const input = neutralise(method, (inputs.get(method) as unknown[])[round]);
        const headers = headersFor(role);
        if (step.origin !== 'none') headers.origin = step.origin;
        headers.host = step.host;
        let apiPath = `/api/${method}`;
        let verb = 'POST';
        let body: string | Buffer | undefined = JSON.stringify(input);
        let expected: number | 'api' = 'api';
        const pickFrom = <T>(values: readonly T[]): T => values[step.pick % values.length] as T;

        switch (step.variant) {
          case 'call':
            break;
          case 'no-token':
            delete headers['x-relais-token'];
            // The token in the page's URL is for the page; a call needs it in its header.
            if (step.pick % 2 === 0) apiPath += `?token=${token}`;
            expected = 401;
            break;
          case 'wrong-token':
            headers['x-relais-token'] = pickFrom(wrongTokens);
            expected = 401;
            break;
          case 'foreign-origin':
            headers.origin = pickFrom(foreignOrigins);
            expected = 403;
            break;
          case 'foreign-host':
            headers.host = pickFrom(foreignHosts);
            // With no Host at all, Node's HTTP/1.1 parser answers 400 before the bridge sees the request.
            expected = headers.host === '' ? 400 : 421;
            break;
          case 'bad-session':
            if (step.pick % 4 === 0) delete headers['x-relais-session'];
            else headers['x-relais-session'] = pickFrom(badSessions);
            expected = 400;
            break;
          case 'malformed-json':
            body = pickFrom(malformedBodies);
            expected = 400;
            break;
          case 'not-an-object':
            body = pickFrom(notObjects);
            break;
          case 'unknown-method':
            if (step.pick % 3 === 0) {
              apiPath = pickFrom(notApiPaths);
              expected = 405;
            } else apiPath = `/api/${pickFrom(unknownMethods)}`;
            break;
          case 'wrong-verb':
            verb = pickFrom(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'GET']);
            expected = verb === 'GET' ? 404 : 405;
            if (verb === 'GET') body = undefined;
            break;
        }
        const reachesContract = expected === 'api' && step.variant !== 'unknown-method';
        const context = () =>
          `seed ${SEED}, call ${done}: ${method} as ${role} [${step.variant}] ${verb} ${short(apiPath)}` +
          ` token=${headers['x-relais-token'] === token ? 'right' : short(headers['x-relais-token'] ?? 'none')} session=${short(headers['x-relais-session'] ?? 'none')}` +
          ` origin=${short(headers.origin ?? 'none')} host=${short(headers.host)} body=${short(body === undefined ? '' : body.toString())}`;
        if (reachesContract && method === 'network.send') networkStaysHere();

        const except = reachesContract ? writtenEvenIfRefused(method) : [];
        const before = writes.counts();
        // One call in 25, the whole database is also compared, row by row.
        const fullBefore = done % 25 === 0 ? snapshot(db, except) : undefined;
        const sent = performance.now();
        const answer = await request({ path: apiPath, verb, headers, body });
        const ms = performance.now() - sent;
        if (ms > slowest.ms) slowest = { ms, call: `${method} [${step.variant}]` };
        if (answer.status === 0) throw new Error(`${context()}: no answer (${answer.body}); the call before: ${previous()}`);
        if (ms > SLOWEST_ANSWER_MS) throw new Error(`${context()}: took ${Math.round(ms)} ms`);
        previous = context;
        note(`${answer.status}`);

        let wasRefused: boolean;
        if (expected === 'api') {
          const result = apiResult(answer, context);
          note(result.ok ? '200 ok' : `200 ${result.error.code}`);
          wasRefused = !result.ok;
          if (step.variant === 'unknown-method' && (result.ok || result.error.code !== 'unknown_method')) {
            throw new Error(`${context()}: expected unknown_method, got ${short(answer.body)}`);
          }
          if (step.variant === 'not-an-object' && result.ok) throw new Error(`${context()}: a body that is not an object was accepted: ${short(answer.body)}`);
          if (reachesContract) {
            perMethod.set(method, (perMethod.get(method) ?? 0) + 1);
            const tally = perRole.get(role) as { accepted: number; refused: number };
            if (result.ok) {
              tally.accepted++;
              accepted++;
              acceptedMethods.add(method);
              if (SESSION_CHANGING.has(method)) dirty = true;
            } else {
              tally.refused++;
              refused++;
            }
            if (!allowed(method, role)) {
              if (result.ok || !ACCESS_REASONS.has(result.error.reason)) throw new Error(`${context()}: the wrong role was not refused: ${short(answer.body)}`);
            } else if (!result.ok && ACCESS_REASONS.has(result.error.reason)) {
              // A tab may lose its role only to the idle lock (a random setting may shorten it).
              if (result.error.reason !== 'errors.auth.idle_locked') throw new Error(`${context()}: an allowed role was refused: ${short(answer.body)}`);
              dirty = true;
            }
          }
        } else {
          if (answer.status !== expected) throw new Error(`${context()}: expected HTTP ${expected}, got ${answer.status} ${short(answer.body)}`);
          // Node's own 400 (no Host) is the only answer without a word.
          if (answer.body.trim() === '' && headers.host !== '') throw new Error(`${context()}: HTTP ${answer.status} without a word`);
          wasRefused = true;
        }

        if (wasRefused) {
          const written = writes.writtenSince(before, except);
          if (written.length > 0) throw new Error(`${context()}: refused, yet wrote to ${written.join(', ')}: ${short(answer.body)}`);
          if (fullBefore !== undefined) {
            snapshotsCompared++;
            if (snapshot(db, except) !== fullBefore) throw new Error(`${context()}: refused, yet the database changed: ${short(answer.body)}`);
          }
        }
      }
    }
    const sequentialDone = Date.now();

    // ---- Eight tabs at once: deferred methods (documents, backups, sending) overlap with writes.
    // Roles change under the calls' feet, so only the shape of every answer is checked here.
    const burst = fc.sample(
      fc.record({ method: fc.constantFrom(...methods), role: fc.constantFrom(...ROLES) }).chain(({ method, role }) =>
        fc
          .oneof(arbitraryFor(contract[method].input), wellFormedFor(contract[method].input))
          .map((input) => ({ method, role, input: neutralise(method, input) })),
      ),
      { seed: SEED + 3, numRuns: 400 },
    );
    for (let i = 0; i < burst.length; i += 8) {
      if (burst.slice(i, i + 8).some(({ method }) => method === 'network.send')) networkStaysHere();
      const answers = await Promise.all(
        burst.slice(i, i + 8).map(async ({ method, role, input }) => {
          const answer = await request({ path: `/api/${method}`, headers: headersFor(role), body: JSON.stringify(input) });
          note(`${answer.status}`);
          return { answer, context: () => `seed ${SEED}, concurrent call ${i}: ${method} as ${role} ${short(input)}` };
        }),
      );
      for (const { answer, context } of answers) {
        const result = apiResult(answer, context);
        note(result.ok ? '200 ok' : `200 ${result.error.code}`);
      }
    }

    // ---- A report sent for real, to the sink: over HTTP a deferred call is just slower. The sink
    // accepts the first and refuses the second; the refusal is logged, and nothing else is written.
    await restoreTabs();
    const { network } = (await must('admin', 'settings.get', {})) as { network: Record<string, unknown> };
    await must('admin', 'settings.updateNetwork', { ...network, url: sink.url, token: '' });
    networkStaysHere();
    const hitsBefore = sink.hits();
    for (const expectSent of [sink.hits() % 2 === 0, sink.hits() % 2 !== 0]) {
      const before = writes.counts();
      const sent = apiResult(await request({ path: '/api/network.send', headers: headersFor('treasurer'), body: '{"year":2025}' }), () => 'network.send to the sink');
      expect(sent.ok, short(sent)).toBe(expectSent);
      if (!sent.ok) expect(writes.writtenSince(before, writtenEvenIfRefused('network.send'))).toEqual([]);
    }
    expect(sink.hits()).toBe(hitsBefore + 2);

    // ---- A body beyond the bridge's limit (16 MB) is cut short; the bridge keeps serving.
    const oversized = await request({ path: '/api/auth.status', headers: headersFor('admin'), body: Buffer.alloc(17 * 1024 * 1024, 0x20) });
    expect([0, 400, 413]).toContain(oversized.status);
    note(`oversized body: ${oversized.status || oversized.body.trim().split(' ')[0]}`);

    // ---- The bridge still answers, the database is sound, nothing leaked into Object.prototype.
    await restoreTabs();
    const status = apiResult(await request({ path: '/api/auth.status', headers: headersFor('admin'), body: '{}' }), () => 'auth.status after the fuzz');
    expect(status.ok).toBe(true);
    const ledger = apiResult(await request({ path: '/api/ledger.verify', headers: headersFor('admin'), body: '{}' }), () => 'ledger.verify after the fuzz');
    expect(ledger.ok && (ledger.value as { intact: boolean }).intact).toBe(true);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const mix = [...statuses.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => `${key}: ${n}`);
    console.info(
      `[bridge fuzz] seed ${SEED}: ${httpCalls} HTTP requests (${done} planned, ${burst.length} concurrent, ${restorations} tabs put back) ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s (plan ${((planReady - started) / 1000).toFixed(1)} s, sequential ${((sequentialDone - planReady) / 1000).toFixed(1)} s); ` +
        `${accepted} accepted, ${refused} refused by the contract; ${snapshotsCompared} refusals also compared row by row; ` +
        `network sink reached ${sink.hits()} times; slowest answer ${Math.round(slowest.ms)} ms (${slowest.call})\n  ${mix.join('\n  ')}\n` +
        `  per role: ${JSON.stringify(Object.fromEntries(perRole))}\n  least called: ${Math.min(...perMethod.values())} times; ` +
        `never accepted: ${planned.filter((method) => !acceptedMethods.has(method)).join(', ')}`,
    );

    expect(done).toBeGreaterThanOrEqual(10_000);
    expect(httpCalls).toBeGreaterThanOrEqual(10_000);
    for (const [method, calls] of perMethod) expect(calls, `${method} reached the contract`).toBeGreaterThanOrEqual(ROUNDS / 2);
    expect(accepted).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(1000);
    for (const [role, tally] of perRole) {
      expect(tally.accepted, `${role} had calls accepted`).toBeGreaterThan(20);
      expect(tally.refused, `${role} had calls refused`).toBeGreaterThan(20);
    }
    expect(snapshotsCompared).toBeGreaterThan(100);
  });
});
