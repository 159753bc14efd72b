import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../../main/web/bridge';
import { freshDatabase, tempDir } from '../../helpers/db';

const SESSION = '00000000-0000-4000-8000-000000000001';

function request(bridge: Bridge, options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: bridge.port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

async function withBridge(run: (bridge: Bridge, headers: Record<string, string>) => Promise<void>) {
  const { db } = freshDatabase();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Relais</title>');
  const bridge = await startBridge({ db, rendererDir });
  try {
    await run(bridge, { 'content-type': 'application/json', 'x-relais-token': bridge.token, 'x-relais-session': SESSION });
  } finally {
    await bridge.close();
  }
}

describe('the HTTP bridge', () => {
  it('listens on 127.0.0.1 only and puts the token in the URL it prints', () =>
    withBridge(async (bridge) => {
      expect(bridge.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${bridge.port}/\\?token=[\\w-]{20,}$`));
    }));

  it('serves the renderer with the CSP, and nothing outside it', () =>
    withBridge(async (bridge) => {
      const index = await request(bridge, { path: '/' });
      expect(index.status).toBe(200);
      expect(index.headers['content-security-policy']).toContain("script-src 'self'");
      expect(index.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect((await request(bridge, { path: '/../package.json' })).status).toBe(404);
      expect((await request(bridge, { path: '/%2e%2e/%2e%2e/etc/passwd' })).status).toBe(404);
      // A malformed escape once crashed the bridge; it is now a plain 400 and the bridge keeps serving.
      expect((await request(bridge, { path: '/%E0%A4%A' })).status).toBe(400);
      expect((await request(bridge, { path: '/' })).status).toBe(200);
    }));

  it('answers contract calls only with the run’s token', () =>
    withBridge(async (bridge, headers) => {
      const ok = await request(bridge, { path: '/api/auth.status', method: 'POST', headers, body: '{}' });
      expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { firstRun: true } });
      const noToken = await request(bridge, { path: '/api/auth.status', method: 'POST', headers: { ...headers, 'x-relais-token': 'guess' }, body: '{}' });
      expect(noToken.status).toBe(401);
    }));

  it('refuses another Host or Origin (DNS rebinding, other web pages)', () =>
    withBridge(async (bridge, headers) => {
      const host = await request(bridge, { path: '/api/auth.status', method: 'POST', headers: { ...headers, host: 'evil.example' }, body: '{}' });
      expect(host.status).toBe(421);
      const origin = await request(bridge, { path: '/api/auth.status', method: 'POST', headers: { ...headers, origin: 'http://evil.example' }, body: '{}' });
      expect(origin.status).toBe(403);
    }));

  it('keeps one session per browser tab', () =>
    withBridge(async (bridge, headers) => {
      const call = (session: string, method: string, body: unknown) =>
        request(bridge, { path: `/api/${method}`, method: 'POST', headers: { ...headers, 'x-relais-session': session }, body: JSON.stringify(body) }).then(
          (r) => JSON.parse(r.body) as { ok: boolean; value?: { signedIn: unknown } },
        );
      expect((await call(SESSION, 'auth.createFirstAdmin', { name: 'Camille', pin: '2468' })).ok).toBe(true);
      expect((await call(SESSION, 'auth.status', {})).value?.signedIn).toMatchObject({ name: 'Camille' });
      const other = '00000000-0000-4000-8000-000000000002';
      expect((await call(other, 'auth.status', {})).value?.signedIn).toBeNull();
      expect((await call(other, 'settings.get', {})).ok).toBe(false);
    }));

  it('answers unreadable JSON with 400', () =>
    withBridge(async (bridge, headers) => {
      expect((await request(bridge, { path: '/api/auth.status', method: 'POST', headers, body: '{' })).status).toBe(400);
    }));
});
