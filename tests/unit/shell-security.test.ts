import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RENDERER_CSP, RENDERER_CSP_HEADER } from '../../main/api/csp';
import { createDispatcher } from '../../main/api/dispatcher';
import { CALL_CHANNEL } from '../../main/shell/channel';
import { bindIpc } from '../../main/shell/ipc';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from '../../main/shell/protocol';
import { hardenApp, isMailDraftUrl, isTrustedUrl } from '../../main/shell/security';
import { createMainWindow } from '../../main/shell/window';
import viteConfig from '../../electron.vite.config';
import { freshDatabase, tempDir } from '../helpers/db';

/*
 * DESIGN §3's security baseline, read from the shell's own code. The Electron binary is not here, so
 * the `electron` module is replaced by small fakes that record what the shell asks of it: the window's
 * options, the handlers it installs. The shell's functions are the real ones (createMainWindow,
 * hardenApp, bindIpc, serveRenderer), over a real database for IPC; only Electron is faked.
 */

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  class Emitter {
    listeners = new Map<string, Listener[]>();
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    emit(name: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
      return (this.listeners.get(name) ?? []).length > 0;
    }
  }
  const state = {
    windows: [] as { options: Record<string, unknown>; url?: string }[],
    ipcHandlers: new Map<string, Listener>(),
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    schemes: [] as unknown[],
    permissionRequest: undefined as undefined | Listener,
    permissionCheck: undefined as undefined | Listener,
    devicePermission: undefined as undefined | Listener,
    openExternal: vi.fn(async (_url: string) => undefined),
  };
  const app = Object.assign(new Emitter(), { isPackaged: false });
  class BrowserWindow extends Emitter {
    options: Record<string, unknown>;
    url?: string;
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      state.windows.push(this);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    maximize() {}
    isMaximized() {
      return false;
    }
    isMinimized() {
      return false;
    }
    isKiosk() {
      return false;
    }
    getBounds() {
      return { x: 0, y: 0, width: 1366, height: 768 };
    }
  }
  const electron = {
    app,
    BrowserWindow,
    Menu: { setApplicationMenu: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openExternal: state.openExternal },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (state.permissionCheck = handler),
        setDevicePermissionHandler: (handler: Listener) => (state.devicePermission = handler),
      },
    },
    ipcMain: { handle: (channel: string, handler: Listener) => state.ipcHandlers.set(channel, handler) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => state.protocolHandlers.set(scheme, handler),
    },
    // The built renderer is read from disk as Electron's net.fetch reads a file: URL.
    net: { fetch: async (url: string) => new Response(await (await import('node:fs/promises')).readFile(new URL(url))) },
  };
  return { state, electron, Emitter };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

/** A page's WebContents as the shell sees it: events, and the window-open handler it installs. */
class FakeContents extends fake.Emitter {
  windowOpenHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

function navigationEvent(extra: Record<string, unknown> = {}) {
  return { preventDefault: vi.fn(), ...extra };
}

beforeEach(() => {
  fake.state.openExternal.mockClear();
  fake.electron.app.isPackaged = false;
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});
afterEach(() => vi.unstubAllEnvs());

describe('the main window (createMainWindow)', () => {
  const prefs = new Map<string, unknown>();
  const store = { get: (key: string) => prefs.get(key), set: (key: string, value: unknown) => prefs.set(key, value) } as unknown as Parameters<typeof createMainWindow>[0];

  it('is isolated, sandboxed, without Node, webviews or insecure content, and loads app://', () => {
    fake.state.windows.length = 0;
    const mainDir = path.resolve(viteConfig.main?.build?.outDir ?? 'out/main');
    createMainWindow(store, mainDir);
    const [window] = fake.state.windows;
    const webPreferences = window!.options.webPreferences as Record<string, unknown>;
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    for (const relaxed of ['nodeIntegrationInSubFrames', 'experimentalFeatures', 'enableBlinkFeatures', 'additionalArguments', 'preloadURL']) {
      expect(webPreferences).not.toHaveProperty(relaxed);
    }
    expect(window!.url).toBe(`${APP_ORIGIN}/index.html`);
  });

  it('loads the preload that electron-vite bundles as CommonJS (a sandboxed preload cannot be an ES module)', () => {
    fake.state.windows.length = 0;
    const mainDir = path.resolve(viteConfig.main?.build?.outDir ?? '');
    createMainWindow(store, mainDir);
    const preload = (fake.state.windows[0]!.options.webPreferences as { preload: string }).preload;
    const build = viteConfig.preload?.build;
    const output = build?.rollupOptions?.output as { format?: string; entryFileNames?: string };
    expect(output).toMatchObject({ format: 'cjs', entryFileNames: '[name].cjs' });
    expect(Object.keys(build?.rollupOptions?.input as Record<string, string>)).toEqual(['index']);
    expect(preload).toBe(path.join(path.resolve(build?.outDir ?? ''), 'index.cjs'));
  });

  it('shows the Vite dev server only outside a packaged app', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    fake.state.windows.length = 0;
    createMainWindow(store, 'out/main');
    expect(fake.state.windows[0]!.url).toBe('http://localhost:5173');
    expect(isTrustedUrl('http://localhost:5173/')).toBe(true);
    fake.electron.app.isPackaged = true;
    createMainWindow(store, 'out/main');
    expect(fake.state.windows[1]!.url).toBe(`${APP_ORIGIN}/index.html`);
    expect(isTrustedUrl('http://localhost:5173/')).toBe(false);
  });
});

describe('the renderer’s Content-Security-Policy', () => {
  const directives = new Map(
    RENDERER_CSP_HEADER.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources] as const;
    }),
  );

  it('allows only the app itself: no inline or evaluated script, no plugin, no framing, no remote origin', () => {
    expect(["'self'", "'none'"]).toContain(directives.get('default-src')?.join(' '));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    for (const [name, sources] of directives) {
      expect(sources, name).not.toContain("'unsafe-eval'");
      expect(sources, name).not.toContain("'wasm-unsafe-eval'");
      expect(sources, name).not.toContain('*');
      // Only keywords and data:/blob: for images; never a host or a scheme like http: or https:.
      for (const source of sources) expect(source, `${name} ${source}`).toMatch(/^(?:'(?:self|none|unsafe-inline)'|data:|blob:)$/);
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
    }
    // The <meta> policy is the same minus what only a header can say.
    expect(RENDERER_CSP_HEADER.startsWith(RENDERER_CSP)).toBe(true);
    expect(fs.readFileSync('renderer/index.html', 'utf8')).toContain('content="%RELAIS_CSP%"');
  });

  it('is sent with every page of app://relais, which serves the built renderer and nothing outside it', async () => {
    registerAppScheme();
    expect(fake.state.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const dir = tempDir('relais-renderer-');
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Relais</title>');
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'export {};');
    fs.writeFileSync(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`), 'secret');
    serveRenderer(dir);
    const handle = fake.state.protocolHandlers.get('app')!;

    for (const url of ['app://relais/', 'app://relais/index.html', 'app://relais/assets/app.js']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-security-policy'), url).toBe(RENDERER_CSP_HEADER);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
    for (const url of [
      'app://relais/missing.js',
      'app://relais/assets',
      'app://other/index.html',
      `app://relais/..%2F${path.basename(dir)}-secret.txt`,
      `app://relais/%2e%2e/${path.basename(dir)}-secret.txt`,
      'app://relais/%E0%A4%A',
    ]) {
      expect((await handle(new Request(url))).status, url).toBe(404);
    }
    fs.rmSync(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`));
  });
});

describe('the trusted origins', () => {
  it('are app://relais alone, read as Chromium names it even though Node’s URL gives app:// no origin', () => {
    expect(new URL(`${APP_ORIGIN}/index.html`).origin).toBe('null');
    expect(isTrustedUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isTrustedUrl(`${APP_ORIGIN}/`)).toBe(true);
    for (const url of ['app://relais.example.org/', 'app://relais:8080/', 'app://other/index.html', 'https://relais/', 'file:///relais/index.html', 'app:relais', 'null', '', undefined, 'not a url']) {
      expect(isTrustedUrl(url), String(url)).toBe(false);
    }
  });
});

describe('the guards of every page (hardenApp)', () => {
  let contents: FakeContents;
  beforeEach(() => {
    fake.electron.app.listeners.clear();
    hardenApp();
    contents = new FakeContents();
    fake.electron.app.emit('web-contents-created', {}, contents);
  });

  it('keeps navigation inside app://relais', () => {
    for (const url of ['https://example.org/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'mailto:x@example.org?attach=/etc/passwd']) {
      const event = navigationEvent();
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
      const redirect = navigationEvent();
      contents.emit('will-redirect', redirect, url);
      expect(redirect.preventDefault, url).toHaveBeenCalled();
      const frame = navigationEvent({ url, isMainFrame: false });
      contents.emit('will-frame-navigate', frame);
      expect(frame.preventDefault, url).toHaveBeenCalled();
    }
    const inside = navigationEvent();
    contents.emit('will-navigate', inside, 'app://relais/index.html#/membres');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const insideFrame = navigationEvent({ url: 'app://relais/index.html', isMainFrame: false });
    contents.emit('will-frame-navigate', insideFrame);
    expect(insideFrame.preventDefault).not.toHaveBeenCalled();
    expect(fake.state.openExternal).not.toHaveBeenCalled();
  });

  it('opens no window, and hands only a plain mailto: draft to the mail program', () => {
    for (const url of ['https://example.org/', 'app://relais/index.html', 'file:///home', 'mailto:x@example.org?attach=%2Fetc%2Fpasswd', 'mailto:x@example.org?subject=a&Attachment=~/.ssh/id_rsa']) {
      expect(contents.windowOpenHandler!({ url }), url).toEqual({ action: 'deny' });
    }
    expect(fake.state.openExternal).not.toHaveBeenCalled();
    const reminder = 'mailto:tresorerie%40example.org?subject=Relance%20F2026-0001&body=Bonjour';
    expect(contents.windowOpenHandler!({ url: reminder })).toEqual({ action: 'deny' });
    const event = navigationEvent();
    contents.emit('will-navigate', event, reminder);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(fake.state.openExternal.mock.calls).toEqual([[reminder], [reminder]]);
    expect(isMailDraftUrl(`mailto:x@example.org?body=${'a'.repeat(16_000)}`)).toBe(false);
    expect(isMailDraftUrl('MAILTO:x@example.org?CC=y@example.org&BCC=z@example.org')).toBe(true);
  });

  it('refuses webviews', () => {
    const event = navigationEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.org/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission and device', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid', 'serial', 'usb']) {
      const callback = vi.fn();
      fake.state.permissionRequest!(contents, permission, callback, { requestingUrl: `${APP_ORIGIN}/index.html` });
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(fake.state.permissionCheck!(contents, permission, APP_ORIGIN, {}), permission).toBe(false);
    }
    expect(fake.state.devicePermission!({ deviceType: 'usb', origin: APP_ORIGIN, device: {} })).toBe(false);
  });
});

describe('the IPC binding (bindIpc)', () => {
  /** The frame a call comes from, and the window (WebContents) it belongs to. */
  function windowAt(id: number, url = `${APP_ORIGIN}/index.html`) {
    const mainFrame = { url };
    const sender = Object.assign(new fake.Emitter(), { id, mainFrame });
    return { sender, mainFrame };
  }

  function setup() {
    fake.state.ipcHandlers.clear();
    const { db } = freshDatabase();
    const real = createDispatcher({ db });
    const reached: string[] = [];
    const onKiosk = vi.fn();
    bindIpc((session, method, input) => {
      reached.push(method);
      return real(session, method, input);
    }, onKiosk);
    const handler = fake.state.ipcHandlers.get(CALL_CHANNEL)!;
    const call = (event: unknown, method: string, input: unknown = {}) => handler(event, method, input) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };
    return { call, reached, onKiosk };
  }

  it('answers our page’s main frame, with one session per window', () => {
    const { call, reached, onKiosk } = setup();
    const first = windowAt(1);
    expect(call({ sender: first.sender, senderFrame: first.mainFrame }, 'auth.createFirstAdmin', { name: 'Camille', pin: '2468' }).ok).toBe(true);
    expect(call({ sender: first.sender, senderFrame: first.mainFrame }, 'auth.status').value?.signedIn).toMatchObject({ name: 'Camille' });
    const second = windowAt(2);
    expect(call({ sender: second.sender, senderFrame: second.mainFrame }, 'auth.status').value?.signedIn).toBeNull();
    expect(call({ sender: first.sender, senderFrame: first.mainFrame }, 'kiosk.open').ok).toBe(true);
    expect(onKiosk).toHaveBeenCalledWith(first.sender, true);
    // A closed window's session goes with it.
    first.sender.emit('destroyed');
    expect(call({ sender: first.sender, senderFrame: first.mainFrame }, 'auth.status').value).toMatchObject({ signedIn: null, kiosk: false });
    expect(reached).toEqual(['auth.createFirstAdmin', 'auth.status', 'auth.status', 'kiosk.open', 'auth.status']);
  });

  it('refuses a call from a sub-frame, a foreign page or a frame gone, before the dispatcher', () => {
    const { call, reached } = setup();
    const ours = windowAt(1);
    const subFrame = { url: `${APP_ORIGIN}/index.html` };
    const foreign = windowAt(2, 'https://example.org/');
    const lookalike = windowAt(3, 'app://relais.example.org/index.html');
    const fileWindow = windowAt(4, 'file:///tmp/index.html');
    for (const event of [
      { sender: ours.sender, senderFrame: subFrame },
      { sender: foreign.sender, senderFrame: foreign.mainFrame },
      { sender: lookalike.sender, senderFrame: lookalike.mainFrame },
      { sender: fileWindow.sender, senderFrame: fileWindow.mainFrame },
      { sender: ours.sender, senderFrame: null },
    ]) {
      const answer = call(event, 'auth.createFirstAdmin', { name: 'Intrus', pin: '1111' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(reached).toEqual([]);
    // Nothing was written: the first run is still to be done.
    expect(call({ sender: ours.sender, senderFrame: ours.mainFrame }, 'auth.status').value).toMatchObject({ firstRun: true });
  });
});
