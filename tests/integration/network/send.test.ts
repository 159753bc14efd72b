import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutputOf } from '../../../main/api/contract';
import { expectOk, plain } from '../../helpers/db';
import { relais } from '../../helpers/cli';
import { networkReport, privacySpace, shareEverything } from './scenario';

interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A real HTTP server on 127.0.0.1 that records what it receives and answers as told. */
async function networkServer(answer: (res: http.ServerResponse) => void) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      answer(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/rapports`,
    port,
    received,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

type Sending = OutputOf<'network.sendings'>[number];

describe('sending the report to the network', () => {
  // Every outgoing connection made by this process during a test: only the configured address may appear.
  const connections: string[] = [];
  let servers: { close: () => Promise<void> }[] = [];
  beforeEach(() => {
    connections.length = 0;
    const connect = net.Socket.prototype.connect;
    vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (this: net.Socket, ...args: unknown[]) {
      // Node passes its normalised arguments as one array: [options, callback].
      const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
      const { host = '?', port = '?' } = (typeof first === 'object' && first !== null ? first : {}) as { host?: string; port?: number | string };
      connections.push(`${host}:${port}`);
      return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
    });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await Promise.all(servers.map((server) => server.close()));
    servers = [];
  });

  async function setUp(answer: (res: http.ServerResponse) => void, settings: Record<string, unknown> = {}) {
    const server = await networkServer(answer);
    servers.push(server);
    const space = privacySpace();
    shareEverything(space.dispatch, space.desk, { url: server.url, token: 'secret-du-reseau', ...settings });
    const log = () => expectOk(space.dispatch(space.desk, 'network.sendings', {})) as Sending[];
    return { space, server, log };
  }

  it('posts exactly the previewed JSON, once, to the configured address only, and logs it', async () => {
    const { space, server, log } = await setUp((res) => res.writeHead(201, { 'content-type': 'text/plain' }).end('Reçu, merci'));
    const preview = networkReport(space.dispatch, space.desk, 2026);
    expectOk(space.dispatch(space.desk, 'network.export', { year: 2026 }));
    expect(server.received).toHaveLength(0); // previewing and saving send nothing
    const result = await space.dispatch(space.desk, 'network.send', { year: 2026, sha256: preview.sha256 });
    expect(result.ok).toBe(true);
    expect(server.received).toHaveLength(1);
    const [request] = server.received as [Received];
    expect(request.body).toBe(preview.json);
    expect([request.method, request.url, request.headers['content-type'], request.headers.authorization]).toEqual([
      'POST',
      '/api/rapports',
      'application/json; charset=utf-8',
      'Bearer secret-du-reseau',
    ]);
    expect(new Set(connections)).toEqual(new Set([`127.0.0.1:${server.port}`]));
    expect(connections.length).toBeGreaterThan(0);
    const [entry] = log() as [Sending];
    expect(entry).toMatchObject({ status: 'sent', httpStatus: 201, failure: null, url: server.url, sha256: preview.sha256, periodStart: '2026-01-01', periodEnd: '2026-12-31', detail: 'Reçu, merci' });
    expect(entry.bytes).toBe(Buffer.byteLength(preview.json));
    const body = space.db.prepare('SELECT body FROM network_sendings WHERE id = ?').pluck().get(entry.id);
    expect(body).toBe(preview.json);
    // The audit log names the sending, never the token.
    const audit = space.db.prepare("SELECT details FROM audit_log WHERE action = 'network_sent'").pluck().all() as string[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).not.toContain('secret-du-reseau');
  });

  it('a server error is reported clearly and logged as failed', async () => {
    const { space, log } = await setUp((res) => res.writeHead(500).end('Base de données indisponible'));
    const result = await space.dispatch(space.desk, 'network.send', { year: 2026 });
    expect(result).toMatchObject({ ok: false, error: { code: 'refused' } });
    const message = plain(!result.ok ? result.error.message : '');
    expect(message).toContain('code HTTP 500');
    expect(message).toContain('Base de données indisponible');
    expect(log()[0]).toMatchObject({ status: 'failed', failure: 'server_error', httpStatus: 500 });
  });

  it('a timeout is reported clearly and logged as failed', async () => {
    const { space, log } = await setUp(() => undefined, { timeoutSeconds: 1 });
    const started = Date.now();
    const result = await space.dispatch(space.desk, 'network.send', { year: 2026 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(plain(!result.ok ? result.error.message : '')).toContain('n’a pas répondu dans le délai de 1 s');
    expect(log()[0]).toMatchObject({ status: 'failed', failure: 'timeout', httpStatus: null });
  });

  it('an address nobody answers is reported and logged; a redirect is not followed elsewhere', async () => {
    const elsewhere = await networkServer((res) => res.writeHead(200).end());
    servers.push(elsewhere);
    const { space, server, log } = await setUp((res) => res.writeHead(302, { location: elsewhere.url }).end());
    const redirected = await space.dispatch(space.desk, 'network.send', { year: 2026 });
    expect(redirected.ok).toBe(false);
    expect(elsewhere.received).toHaveLength(0);
    expect(log()[0]).toMatchObject({ status: 'failed', failure: 'server_error', httpStatus: 302 });
    await server.close();
    const closed = await space.dispatch(space.desk, 'network.send', { year: 2026 });
    expect(plain(!closed.ok ? closed.error.message : '')).toContain(`Impossible de joindre ${server.url}`);
    expect(log()[0]).toMatchObject({ status: 'failed', failure: 'unreachable' });
    expect(log()).toHaveLength(2);
    expect(new Set(connections)).toEqual(new Set([`127.0.0.1:${server.port}`]));
  });

  it('refuses, sending and logging nothing: no address set, a report changed since its preview, a plain-HTTP address elsewhere', async () => {
    const { space, server, log } = await setUp((res) => res.writeHead(200).end());
    const preview = networkReport(space.dispatch, space.desk, 2026);
    expectOk(space.dispatch(space.desk, 'events.add', { date: '2026-11-20', title: 'Soirée jeux', participants: 9 }));
    const changed = await space.dispatch(space.desk, 'network.send', { year: 2026, sha256: preview.sha256 });
    expect(plain(!changed.ok ? changed.error.message : '')).toContain('Le rapport a changé depuis l’aperçu');
    const settings = expectOk(space.dispatch(space.desk, 'settings.get', {})) as { network: Record<string, unknown> };
    expect(settings.network.token).toBe('••••••••'); // shown masked …
    expectOk(space.dispatch(space.desk, 'settings.updateNetwork', { ...settings.network, url: '' }));
    const none = await space.dispatch(space.desk, 'network.send', { year: 2026 });
    expect(none).toMatchObject({ ok: false, error: { fields: [{ field: 'url' }] } });
    const plainHttp = space.dispatch(space.desk, 'settings.updateNetwork', { ...settings.network, url: 'http://reseau.example.org/api' });
    expect(plainHttp).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: [{ field: 'url' }] } });
    expect(server.received).toHaveLength(0);
    expect(log()).toEqual([]);
    expect(connections).toEqual([]);
    // … and saving the mask back keeps the token.
    const stored = space.db.prepare("SELECT value FROM settings WHERE section = 'network'").pluck().get() as string;
    expect(JSON.parse(stored).token).toBe('secret-du-reseau');
  });

  it('`relais network send` uses the settings and exits 1 with the reason when the server refuses', async () => {
    const { space, server } = await setUp((res) => res.writeHead(server.received.length > 1 ? 503 : 200).end());
    space.db.close();
    // The command runs on today's clock: past quarters.
    const sent = await relais.async('--db', space.file, 'network', 'send', '--year', '2026', '--quarter', '1');
    expect(sent.code, sent.err).toBe(0);
    const refused = await relais.async('--db', space.file, 'network', 'send', '--year', '2026', '--quarter', '2');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('503');
    expect(server.received.map((r) => JSON.parse(r.body).periode.debut)).toEqual(['2026-01-01', '2026-04-01']);
  });
});
