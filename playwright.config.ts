import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * UI tests drive the real renderer against the HTTP bridge and a real SQLite file. Where Debian's
 * Chromium is installed (CI, these machines) it is used; elsewhere Playwright's own browser.
 */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const executablePath = process.env.RELAIS_CHROMIUM ?? (fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    // Tracing every test doubled the suite's time on CI's two cores; a failure keeps its screenshot,
    // and `npx playwright test --trace on` records one when it is needed.
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
