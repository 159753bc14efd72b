import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { runCli } from '../../main/cli/run';
import { openDatabase } from '../../main/db/open';
import { startBridge } from '../../main/web/bridge';
import { IDENTITY } from '../helpers/identity';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCREENSHOTS = path.join(ROOT, 'artifacts', 'screenshots');

export interface Space {
  /** The SQLite file behind the bridge. */
  file: string;
  /** The bridge's URL, token included. */
  url: string;
  /** Runs `relais --db <file> …` and returns its output. */
  relais: (...args: string[]) => string;
  /** Reads the database as it is now (a separate read-only connection). */
  query: <T>(sql: string, ...params: unknown[]) => T[];
  /**
   * Sets the bridge's clock (and the page's, with `page.clock`) to a moment, so that a test that
   * checks someone in does not depend on the day CI runs (a Sunday is closed).
   */
  setNow: (iso: string) => void;
}

interface Fixtures {
  space: Space;
  /** A space where the admin Camille (PIN 2468) exists and the first-run wizard is done. */
  readySpace: Space;
  shoot: (name: string) => Promise<void>;
}

/** The `relais` command, run in-process on the test's database. */
function relaisCli(file: string, args: string[]): string {
  let out = '';
  let err = '';
  const code = runCli(['--db', file, ...args], { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`), env: process.env });
  if (code !== 0) throw new Error(`relais ${args.join(' ')} failed (${code}): ${err}`);
  return out;
}

/** Fails the test on any console error (a missing i18n key is one) or uncaught page error. */
function watchConsole(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
}

export const test = base.extend<Fixtures>({
  space: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-ui-'));
    const file = path.join(dir, 'relais.sqlite');
    relaisCli(file, ['init']);
    const db = openDatabase(file);
    let now: Date | undefined;
    const bridge = await startBridge({ db, rendererDir: path.join(ROOT, 'out', 'renderer'), clock: () => now ?? new Date() });
    const query = <T,>(sql: string, ...params: unknown[]) => {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare(sql).all(...params) as T[];
      } finally {
        db.close();
      }
    };
    const setNow = (iso: string) => {
      now = new Date(iso);
    };
    await use({ file, url: bridge.url, relais: (...args) => relaisCli(file, args), query, setNow });
    await bridge.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  readySpace: async ({ space }, use) => {
    space.relais('call', 'auth.createFirstAdmin', '{"name":"Camille","pin":"2468"}');
    space.relais('call', 'settings.updateIdentity', JSON.stringify(IDENTITY));
    space.relais('call', 'setup.complete');
    await use(space);
  },
  page: async ({ page }, use) => {
    const errors: string[] = [];
    watchConsole(page, errors);
    await use(page);
    expect(errors, 'console errors').toEqual([]);
  },
  shoot: async ({ page }, use, testInfo) => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await use(async (name) => {
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await shootWholePage(page, file);
      await testInfo.attach(name, { path: file, contentType: 'image/png' });
    });
  },
});


/**
 * A full-page screenshot stitches a long page under a navigation sized to the window, which then
 * stops half-way down; a window as tall as the page shows it as a taller screen would.
 */
async function shootWholePage(page: Page, file: string): Promise<void> {
  const size = page.viewportSize();
  // Chromium cannot draw a window much taller than this; a longer page is stitched past it.
  const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 12_000);
  const grow = size !== null && height > size.height;
  if (grow) await page.setViewportSize({ width: size.width, height });
  try {
    await page.screenshot({ path: file, fullPage: true });
  } finally {
    if (grow) await page.setViewportSize(size);
  }
}

/** Picks a name on the lock screen and types the PIN on the keyboard. */
export async function unlock(page: Page, name: string, pin: string): Promise<void> {
  const list = page.getByRole('list', { name: 'Personnes de l’équipe' });
  await expect(list.or(page.getByLabel('Code PIN'))).toBeVisible();
  if (await list.isVisible()) await list.getByRole('button', { name }).click();
  await page.getByLabel('Code PIN').fill(pin);
  await page.keyboard.press('Enter');
}

/**
 * Opens the app at a given moment — the bridge's clock and the page's both set to `iso`, so that a
 * test does not depend on the day CI runs (a Sunday is closed) — and unlocks it.
 */
export async function openAt(page: Page, space: Space, iso: string, name = 'Camille', pin = '2468'): Promise<void> {
  space.setNow(iso);
  await page.clock.setFixedTime(new Date(iso));
  await page.goto(space.url);
  await unlock(page, name, pin);
}

/** How far the page scrolls sideways: 0 when the screen fits its window. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Text that looks like an i18n key left untranslated (`setup.steps.admin`). */
export async function expectNoRawKeys(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\b[a-z_]+\.[a-z_]+\.[a-z_.]+\b/);
}

/**
 * A contract call made by the signed-in page through the bridge, so that it happens at the bridge's
 * clock (the command has no clock of its own; an invoice is dated the day it is issued), or to read
 * the figures a screen should show.
 */
export async function api(page: Page, method: string, input: unknown): Promise<unknown> {
  const result = await page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-relais-token': sessionStorage.getItem('relais.token') ?? '', 'x-relais-session': sessionStorage.getItem('relais.session') ?? '' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    [method, input] as const,
  );
  if (!result.ok) throw new Error(`${method} refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

export { expect };
