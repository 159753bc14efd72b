/**
 * The interface in Chromium against the HTTP bridge (DESIGN §7: the first screen < 1 s from a cold
 * load), on a copy of the 10-year demonstration with an admin account:
 *
 * - cold load: a new browser context each time (no cache, no storage, no session), from the start
 *   of the navigation to the first screen usable — the lock screen asking for the PIN, its data
 *   (`auth.status`) answered and painted;
 * - unlock: from Enter on the PIN to the home screen with its data (who is in, today's hours, seats);
 * - a navigation between screens from the menu (« Planning » → « Membres » → « Factures »), from the
 *   click to the screen's data painted: the first visit in a session (the screen's code and data
 *   loaded) and a visit back (the data still fresh in the page's cache);
 * - a cold load in a new browser process, a few times, to show what a first start adds.
 *
 * Times are read in the page (`performance.now()`, from the navigation's start): a screen is
 * "usable" when what it shows is in the DOM, no contract call is in flight, and a frame has passed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createDispatcher } from '../main/api/dispatcher';
import { newSession } from '../main/api/session';
import { openDatabase } from '../main/db/open';
import { startBridge } from '../main/web/bridge';
import { ADMIN, ok, workingCopy } from './datasets';
import { summarise, type Timing } from './measure';

const ROOT = path.resolve(import.meta.dirname, '..');
export const RENDERER = path.join(ROOT, 'out', 'renderer');
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const VIEWPORT = { width: 1366, height: 768 };

/** A condition on the page: elements matching `selector` (holding `text`), at least `min` of them. */
interface Expect {
  selector: string;
  text?: string;
  min?: number;
}

const LOCK_SCREEN: Expect[] = [{ selector: 'body', text: 'tapez votre code PIN' }, { selector: 'input' }];
const HOME: Expect[] = [{ selector: 'h1', text: `Bonjour ${ADMIN.name}` }, { selector: '.MuiAlert-root' }];
const SCREENS: { name: string; href: string; ready: Expect[] }[] = [
  { name: 'Planning', href: '#/planning', ready: [{ selector: 'h1', text: 'Planning' }, { selector: 'table[aria-label="Planning des postes"] td', min: 10 }] },
  { name: 'Membres', href: '#/members', ready: [{ selector: 'h1', text: 'Membres' }, { selector: '.MuiDataGrid-row', min: 5 }] },
  { name: 'Factures', href: '#/invoices', ready: [{ selector: 'h1', text: 'Factures' }, { selector: '[aria-label="Factures"] .MuiDataGrid-row', min: 5 }] },
];

/**
 * Counts the contract calls in flight (a call ends when its body has been read and the page has had
 * a turn to use it) and waits for a screen: resolves with `performance.now()` a frame after the
 * conditions first hold.
 */
const INSTRUMENT = `(() => {
  const original = window.fetch.bind(window);
  const bench = { inflight: 0 };
  window.__bench = bench;
  window.fetch = async (...args) => {
    bench.inflight++;
    let response;
    try { response = await original(...args); } catch (error) { bench.inflight--; throw error; }
    let done = false;
    const finish = () => { if (!done) { done = true; bench.inflight--; } };
    for (const name of ['json', 'text']) {
      const read = response[name].bind(response);
      response[name] = async () => { try { return await read(); } finally { setTimeout(finish, 0); } };
    }
    return response;
  };
  const holds = (conditions) => bench.inflight === 0 && conditions.every((condition) => {
    const nodes = [...document.querySelectorAll(condition.selector)].filter((node) => condition.text === undefined || (node.textContent || '').includes(condition.text));
    return nodes.length >= (condition.min ?? 1);
  });
  bench.ready = (conditions) => new Promise((resolve) => {
    let settled = false;
    let observer;
    let timer;
    const check = () => {
      if (settled || !holds(conditions)) return;
      settled = true;
      observer?.disconnect();
      clearInterval(timer);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
    };
    timer = setInterval(check, 4);
    observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    check();
  });
})();`;

const ready = (conditions: Expect[]) => `window.__bench.ready(${JSON.stringify(conditions)})`;

/** Builds the renderer when there is none; says so when its sources are newer than the build. */
function ensureBuild(dir: string): string | null {
  const index = path.join(dir, 'index.html');
  if (dir !== RENDERER) {
    if (!fs.existsSync(index)) throw new Error(`no ${index}`);
    return null;
  }
  if (!fs.existsSync(index)) {
    process.stdout.write('Building the renderer (electron-vite build)…\n');
    const built = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('electron-vite build failed');
    return null;
  }
  const builtAt = fs.statSync(index).mtimeMs;
  const newer = fs
    .readdirSync(path.join(ROOT, 'renderer'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs > builtAt);
  return newer.length > 0 ? `${newer.length} renderer source file(s) changed since out/renderer was built: run \`npm run build\` first for current figures` : null;
}

export interface RendererResult {
  chromium: string;
  build: { dir: string; builtAt: string; warning: string | null; jsBytes: number; cssBytes: number };
  /** New context, no cache: navigation start → the lock screen usable. */
  coldLoad: Timing;
  /** The same, measured from outside (Node's clock around `page.goto` and the wait). */
  coldLoadWall: Timing;
  /** First contentful paint, DOMContentLoaded and load of the cold loads, for the record. */
  firstContentfulPaint: Timing;
  domContentLoaded: Timing;
  /** A new browser process each time. */
  coldBrowser: Timing;
  /** Enter on the PIN → the home screen with its data. */
  unlockToHome: Timing;
  /** Navigation start → home screen with its data, PIN typed as fast as a test can. */
  coldToHome: Timing;
  navigations: { screen: string; visit: 'first' | 'back'; timing: Timing }[];
  consoleErrors: string[];
}

async function coldLoad(browser: Browser, url: string, errors: string[]): Promise<{ page: Page; close: () => Promise<void>; inPage: number; wall: number; fcp: number; dcl: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
  await context.addInitScript({ content: INSTRUMENT });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  const inPage = (await page.evaluate(ready(LOCK_SCREEN))) as number;
  const wall = performance.now() - start;
  // The first contentful paint is reported once the frame is presented, which can be after the
  // screen counts as usable (when the lock screen is the first thing painted): wait for it, up to 2 s.
  const marks = (await page.evaluate(`new Promise((resolve) => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const dcl = navigation ? navigation.domContentLoadedEventEnd : NaN;
    const timeout = setTimeout(() => resolve({ fcp: NaN, dcl }), 2000);
    new PerformanceObserver((list, observer) => {
      const paint = list.getEntriesByName('first-contentful-paint')[0];
      if (!paint) return;
      observer.disconnect();
      clearTimeout(timeout);
      resolve({ fcp: paint.startTime, dcl });
    }).observe({ type: 'paint', buffered: true });
  })`)) as { fcp: number; dcl: number };
  return { page, close: () => context.close(), inPage, wall, ...marks };
}

export async function benchRenderer(source: string, options: { loads: number; browserStarts: number; rendererDir: string }): Promise<RendererResult> {
  const RENDERER = options.rendererDir;
  const warning = ensureBuild(RENDERER);
  if (warning) process.stdout.write(`Warning: ${warning}\n`);
  const assets = fs.readdirSync(path.join(RENDERER, 'assets'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const bytes = (extension: string) => assets.filter((entry) => entry.name.endsWith(extension)).reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);

  const copy = workingCopy(source, 'renderer');
  const db = openDatabase(copy.file);
  const dispatch = createDispatcher({ db });
  const admin = newSession('test');
  ok(dispatch(admin, 'auth.createFirstAdmin', ADMIN), 'auth.createFirstAdmin');
  ok(dispatch(admin, 'settings.updateSecurity', { idleLockMinutes: 240 }), 'settings.updateSecurity');
  ok(dispatch(admin, 'setup.complete', {}), 'setup.complete');
  const bridge = await startBridge({ db, rendererDir: RENDERER });
  const executablePath = process.env.RELAIS_CHROMIUM ?? (fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
  const launch = () => chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const browser = await launch();
  const errors: string[] = [];
  const samples = { cold: [] as number[], wall: [] as number[], fcp: [] as number[], dcl: [] as number[], unlock: [] as number[], toHome: [] as number[], browser: [] as number[] };
  const visits = new Map<string, number[]>();
  try {
    // One untimed round: the bridge's statements prepared, the files in the OS cache.
    const warm = await coldLoad(browser, bridge.url, errors);
    await warm.close();
    for (let round = 0; round < options.loads; round++) {
      const load = await coldLoad(browser, bridge.url, errors);
      samples.cold.push(load.inPage);
      samples.wall.push(load.wall);
      samples.fcp.push(load.fcp);
      samples.dcl.push(load.dcl);
      const { page } = load;
      await page.getByLabel('Code PIN').fill(ADMIN.pin);
      const before = (await page.evaluate('performance.now()')) as number;
      await page.keyboard.press('Enter');
      const home = (await page.evaluate(ready(HOME))) as number;
      samples.unlock.push(home - before);
      samples.toHome.push(load.inPage + (home - before));
      for (const visit of ['first', 'back'] as const) {
        for (const screen of SCREENS) {
          const elapsed = (await page.evaluate(`(async () => {
            const link = document.querySelector('a[href="${screen.href}"]');
            if (!link) throw new Error('no link to ${screen.href}: ' + [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')).join(' '));
            const start = performance.now();
            link.click();
            return (await ${ready(screen.ready)}) - start;
          })()`)) as number;
          const key = `${screen.name}|${visit}`;
          visits.set(key, [...(visits.get(key) ?? []), elapsed]);
        }
      }
      await load.close();
    }
    for (let start = 0; start < options.browserStarts; start++) {
      const fresh = await launch();
      try {
        const load = await coldLoad(fresh, bridge.url, errors);
        samples.browser.push(load.inPage);
        await load.close();
      } finally {
        await fresh.close();
      }
    }
    return {
      chromium: `${browser.version()} (${executablePath ?? 'Playwright’s own'})`,
      build: { dir: path.relative(ROOT, RENDERER) || '.', builtAt: fs.statSync(path.join(RENDERER, 'index.html')).mtime.toISOString(), warning, jsBytes: bytes('.js'), cssBytes: bytes('.css') },
      coldLoad: summarise(samples.cold),
      coldLoadWall: summarise(samples.wall),
      firstContentfulPaint: summarise(samples.fcp),
      domContentLoaded: summarise(samples.dcl),
      coldBrowser: summarise(samples.browser),
      unlockToHome: summarise(samples.unlock),
      coldToHome: summarise(samples.toHome),
      navigations: [...visits].map(([key, values]) => {
        const [screen, visit] = key.split('|') as [string, 'first' | 'back'];
        return { screen, visit, timing: summarise(values) };
      }),
      consoleErrors: [...new Set(errors)],
    };
  } finally {
    await browser.close();
    await bridge.close();
    db.close();
    copy.done();
  }
}
