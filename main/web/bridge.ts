import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { RENDERER_CSP_HEADER } from '../api/csp';
import { createDispatcher, type Dispatch } from '../api/dispatcher';
import { createRecoveryDispatch } from '../api/recovery';
import type { DamagedDatabase } from '../domain/backups/recovery';
import { memoryPreferences } from '../api/preferences';
import { newSession, type Session } from '../api/session';
import { openDatabase, type Db } from '../db/open';

/**
 * The loopback HTTP bridge: serves the built renderer and the contract on 127.0.0.1, for the UI
 * tests and `npm run web`. Never part of the packaged app. Every API call needs the run's random
 * token; the Host and Origin headers must name this server (against DNS rebinding).
 */
export type BridgeOptions = BridgeCommon & (
  | { db: Db }
  /** A database that failed its start check: the bridge serves the recovery screen until a backup is restored. */
  | { damaged: DamagedDatabase; onRecovered?: (db: Db) => void }
);

interface BridgeCommon {
  rendererDir: string;
  port?: number;
  clock?: () => Date;
}

export interface Bridge {
  /** Open this in a browser: it carries the token the page needs. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

// An operator's statement of calls travels as base64 in the body.
const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** Browser tabs remembered at once; the least recently used is forgotten (signed out) beyond that. */
const MAX_SESSIONS = 50;
const SESSION_ID = /^[0-9a-f-]{36}$/;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(response: http.ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': RENDERER_CSP_HEADER,
    'referrer-policy': 'no-referrer',
  });
  response.end(body);
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = randomBytes(24).toString('base64url');
  const prefs = memoryPreferences();
  const serve = (db: Db): Dispatch => createDispatcher({ db, clock: options.clock, prefs });
  let dispatch: Dispatch;
  if ('db' in options) dispatch = serve(options.db);
  else {
    const { damaged, onRecovered } = options;
    dispatch = createRecoveryDispatch(damaged, () => {
      const db = openDatabase(damaged.file, { backupDir: damaged.backupDir });
      dispatch = serve(db);
      onRecovered?.(db);
    });
  }
  const sessions = new Map<string, Session>();
  const rendererDir = path.resolve(options.rendererDir);
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  /** The tab's session, moved to the end of the map so that the least recently used goes first. */
  function sessionFor(id: string): Session {
    const session = sessions.get(id) ?? newSession('http');
    sessions.delete(id);
    sessions.set(id, session);
    if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
    return session;
  }

  async function handleApi(request: http.IncomingMessage, response: http.ServerResponse, method: string): Promise<void> {
    const origin = request.headers.origin;
    // The exact origin of this server's page: `http://` and one of its hosts, nothing less or more.
    if (origin !== undefined && !(origin.startsWith('http://') && allowedHosts().has(origin.slice('http://'.length)))) {
      return send(response, 403, 'origin refused');
    }
    if (!sameSecret(request.headers['x-relais-token'] as string | undefined, token)) return send(response, 401, 'token required');
    const sessionId = String(request.headers['x-relais-session'] ?? '');
    if (!SESSION_ID.test(sessionId)) return send(response, 400, 'session id required');
    let input: unknown;
    try {
      const body = await readBody(request);
      input = body === '' ? {} : (JSON.parse(body) as unknown);
    } catch {
      return send(response, 400, 'unreadable JSON body');
    }
    const result = await dispatch(sessionFor(sessionId), method, input);
    send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8');
  }

  function serveFile(response: http.ServerResponse, urlPath: string): void {
    let relative: string;
    try {
      relative = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath).replace(/^\/+/, '');
    } catch {
      return send(response, 400, 'bad path');
    }
    const file = path.resolve(rendererDir, relative);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return send(response, 404, 'not found');
    }
    send(response, 200, fs.readFileSync(file), CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
  }

  function route(request: http.IncomingMessage, response: http.ServerResponse): void {
    if (!allowedHosts().has(request.headers.host ?? '')) return send(response, 421, 'unexpected host');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const api = /^\/api\/([\w.]+)$/.exec(url.pathname);
    if (api?.[1] && request.method === 'POST') {
      handleApi(request, response, api[1]).catch(() => send(response, 500, 'bridge error'));
    } else if (request.method === 'GET') {
      serveFile(response, url.pathname);
    } else {
      send(response, 405, 'method not allowed');
    }
  }

  // Whatever a request holds, it gets an answer and the bridge keeps running.
  const server = http.createServer((request, response) => {
    try {
      route(request, response);
    } catch {
      if (!response.headersSent) send(response, 400, 'bad request');
    }
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

