import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { audit, DEFAULT_ALLOW_LIST, DEFAULT_INPUTS, readAllowList, type Finding } from '../../scripts/electronegativity';
import { tempDir } from '../helpers/db';

/*
 * `npm run security` (scripts/electronegativity.ts): real runs of Doyensec's Electronegativity, on
 * the shell's own sources and on a tiny insecure shell (tests/fixtures/electronegativity/).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/electronegativity');
const ALLOW_LIST = path.join(ROOT, DEFAULT_ALLOW_LIST);

async function runWrapper(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/electronegativity.ts', ...args], { cwd: ROOT });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** The line of `file` that contains `text`, counted from 1. */
function lineOf(file: string, text: string): number {
  const index = fs.readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(text));
  expect(index, `${text} in ${file}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** A copy of the shell's scanned sources in a temporary folder, each file named changed by its edit. */
function shellCopyWith(edits: Record<string, (source: string) => string>): string {
  const dir = tempDir('relais-electronegativity-');
  for (const input of DEFAULT_INPUTS) fs.cpSync(path.join(ROOT, input), path.join(dir, input), { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const before = fs.readFileSync(path.join(dir, file), 'utf8');
    const after = edit(before);
    expect(after, file).not.toBe(before);
    fs.writeFileSync(path.join(dir, file), after);
  }
  return dir;
}

const WINDOW = 'main/shell/window.ts';

const brief = (findings: Finding[]) => findings.map((f) => `${f.check} ${f.file}:${f.line}`);

describe('npm run security (Electronegativity)', () => {
  it('passes on the shell’s sources: every HIGH or MEDIUM finding is explained by the reviewed allow-list, none stale', async () => {
    const { code, output } = await runWrapper();
    expect(output).toContain('No unexplained HIGH or MEDIUM finding.');
    expect(output).not.toContain('WARNING');
    expect(code).toBe(0);
    // The library really ran and parsed the TypeScript sources (a file it cannot parse fails the run).
    expect(output).toMatch(/Electronegativity : \d+ vérifications unitaires/);
    expect(output).toContain('explained  MEDIUM PRELOAD_JS_CHECK  main/shell/window.ts');
  });

  it('fails on a tiny shell whose window turns nodeIntegration on, naming the finding and its line', async () => {
    const { code, output } = await runWrapper('--root', FIXTURE, '--allow-list', ALLOW_LIST, '.');
    const line = lineOf(path.join(FIXTURE, 'main.js'), 'nodeIntegration: true');
    expect(code).toBe(1);
    expect(output).toContain('ÉCHEC');
    expect(output).toContain('FAILED');
    expect(output).toContain(`HIGH NODE_INTEGRATION_JS_CHECK  main.js:${line}:`);
    expect(output).toContain('nodeIntegration: true,');
    // The reviewed entries are about the real shell's files: they excuse nothing here.
    expect(output).toContain('MEDIUM PRELOAD_JS_CHECK  main.js:');
  });

  it('fails when nodeIntegration is turned on in the real window, even next to sandbox: true', async () => {
    const dir = shellCopyWith({ [WINDOW]: (source) => source.replace('nodeIntegration: false,', 'nodeIntegration: true,') });
    const verdict = await audit({ root: dir, allowList: readAllowList(ALLOW_LIST) });
    const line = lineOf(path.join(dir, WINDOW), 'nodeIntegration: true');
    // Electronegativity itself says nothing here: it keeps quiet about nodeIntegration whenever the
    // window names `sandbox` at all (a sandbox disables Node in the page). Our rule does not.
    expect(brief(verdict.unexplained)).toEqual([`RELAIS_WEB_PREFERENCES main/shell/window.ts:${line}`]);
    expect(verdict.stale).toEqual([]);

    const unsandboxed = shellCopyWith({ [WINDOW]: (source) => source.replace('nodeIntegration: false,', 'nodeIntegration: true,').replace('sandbox: true,', '') });
    const checks = (await audit({ root: unsandboxed, allowList: readAllowList(ALLOW_LIST) })).unexplained.map((f) => f.check);
    expect(checks).toEqual(expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'RELAIS_WEB_PREFERENCES']));
  });

  it('fails without the context isolation, and when the navigation guards or the permission handler go', async () => {
    const isolation = shellCopyWith({ [WINDOW]: (source) => source.replace('contextIsolation: true,', '') });
    expect((await audit({ root: isolation, allowList: readAllowList(ALLOW_LIST) })).unexplained.map((f) => f.check)).toContain('CONTEXT_ISOLATION_JS_CHECK');

    const unguarded = shellCopyWith({
      'main/shell/security.ts': (source) =>
        source
          .replace("contents.on('will-navigate'", "contents.on('did-navigate'")
          .replace('contents.setWindowOpenHandler(', 'void (')
          .replace('session.defaultSession.setPermissionRequestHandler(', 'void ('),
    });
    const checks = (await audit({ root: unguarded, allowList: readAllowList(ALLOW_LIST) })).unexplained.map((f) => f.check);
    expect(checks).toEqual(expect.arrayContaining(['LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']));
  }, 120_000);

  it('takes exceptions from the allow-list only: eng-disable comments are refused, stale entries reported', async () => {
    const dir = shellCopyWith({ [WINDOW]: (source) => source.replace('contextIsolation: true,', 'contextIsolation: true, // eng-disable PRELOAD_JS_CHECK') });
    const allowList = [
      ...readAllowList(ALLOW_LIST),
      { check: 'SANDBOX_JS_CHECK', file: 'main/shell/window.ts', reason: 'test', reviewed: 'test' },
      { check: 'PRELOAD_JS_CHECK', file: 'main/shell/window.ts', sample: 'another preload', reason: 'test', reviewed: 'test' },
    ];
    const verdict = await audit({ root: dir, allowList });
    expect(verdict.unexplained.map((f) => f.check)).toEqual(['ENG_DISABLE_COMMENT']);
    expect(verdict.stale.map((entry) => entry.check)).toEqual(['SANDBOX_JS_CHECK', 'PRELOAD_JS_CHECK']);
  });

  it('reads an allow-list whose entries all give their check, file, reason and review', () => {
    const entries = readAllowList(ALLOW_LIST);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.reason.length, entry.check).toBeGreaterThan(80);
      expect(fs.existsSync(path.join(ROOT, entry.file)), entry.file).toBe(true);
    }
    const bad = path.join(tempDir(), 'allow.json');
    fs.writeFileSync(bad, JSON.stringify({ entries: [{ check: 'PRELOAD_JS_CHECK', file: 'main/shell/window.ts', reason: '' }] }));
    expect(() => readAllowList(bad)).toThrow(/non-empty "reason"/);
  });
});
