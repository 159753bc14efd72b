/**
 * `npm run security`: Doyensec's Electronegativity over the Electron shell's sources (main/shell, the
 * preload, the renderer's page with its CSP as the build writes it, package.json). It fails on any
 * HIGH or MEDIUM finding that the reviewed allow-list (security/electronegativity-allowlist.json)
 * does not explain; LOW and INFORMATIONAL findings are printed only. Allow-list entries that no
 * longer match anything are reported, so the list shrinks with the code.
 *
 *   node --import tsx scripts/electronegativity.ts [--root DIR] [--allow-list FILE] [--json] [PATH…]
 *
 * The library's own runner is not used: it fetches its translations from the network before every
 * scan, and one global check (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK) downloads Electron's release
 * list. This runner chains the same pieces (loader → parser → atomic checks → global checks) offline;
 * the Electron version is read from package.json as the library's loader does. Electronegativity's
 * `eng-disable` comments are refused: an exception is explained in the allow-list, where it is
 * reviewed, not hidden in the code.
 *
 * Electronegativity rates an explicit `nodeIntegration: true` as INFORMATIONAL (it saves HIGH for a
 * window that leaves it to an old Electron's default); the checks of what DESIGN §3 forbids outright
 * are raised to HIGH here, whatever the library says (BASELINE_CHECKS).
 *
 * One rule of ours runs beside the library's checks, over the same syntax trees: RELAIS_WEB_PREFERENCES,
 * HIGH, for a security web preference written with anything but its safe literal value (DESIGN §3).
 * Electronegativity keeps quiet about `nodeIntegration: true` whenever the same options name `sandbox`
 * at all (a sandbox disables Node in the page; it even does so for `sandbox: false`); our baseline
 * wants neither to be relaxed, in any window.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { RENDERER_CSP } from '../main/api/csp';

const require = createRequire(import.meta.url);
const PACKAGE_DIR = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const DIST = path.join(PACKAGE_DIR, 'dist');

/** What is scanned by default, relative to the root (the repository). */
export const DEFAULT_INPUTS = ['main/shell', 'preload', 'renderer/index.html', 'package.json'];
export const DEFAULT_ALLOW_LIST = 'security/electronegativity-allowlist.json';
/** Checks that reach the network; everything else runs. */
const OFFLINE_EXCLUDED = ['availablesecurityfixesglobalcheck'];
/** Findings about what DESIGN §3 forbids in any window: they fail the build at any severity. */
export const BASELINE_CHECKS = new Set([
  'NODE_INTEGRATION_JS_CHECK',
  'NODE_INTEGRATION_HTML_CHECK',
  'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK',
  'CONTEXT_ISOLATION_JS_CHECK',
  'SANDBOX_JS_CHECK',
  'WEB_SECURITY_JS_CHECK',
  'WEB_SECURITY_HTML_CHECK',
  'INSECURE_CONTENT_JS_CHECK',
  'INSECURE_CONTENT_HTML_CHECK',
  'EXPERIMENTAL_FEATURES_JS_CHECK',
  'EXPERIMENTAL_FEATURES_HTML_CHECK',
  'BLINK_FEATURES_JS_CHECK',
  'BLINK_FEATURES_HTML_CHECK',
  'REMOTE_MODULE_JS_CHECK',
]);
const SCANNED = /\.(?:[cm]?js|jsx|ts|tsx|html?)$/;
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  check: string;
  severity: Severity;
  confidence: string;
  /** Relative to the root, with forward slashes; `N/A` for a global finding about no file. */
  file: string;
  line: number;
  column: number;
  sample: string;
  description: string;
  manualReview: boolean;
  /** The library's own severity, when BASELINE_CHECKS raised it. */
  raisedFrom?: Severity;
}

export interface AllowEntry {
  check: string;
  file: string;
  /** When set, the finding's source line must contain it: the entry then excuses that line only. */
  sample?: string;
  reason: string;
  reviewed: string;
}

export interface Verdict {
  findings: Finding[];
  /** HIGH or MEDIUM, not explained: the build fails. */
  unexplained: Finding[];
  explained: { finding: Finding; entry: AllowEntry }[];
  /** LOW and INFORMATIONAL, printed only. */
  minor: Finding[];
  stale: AllowEntry[];
  parseErrors: { file: string; message: string }[];
  checks: { atomic: number; global: number };
  electronVersion: string | undefined;
}

interface RawIssue {
  file: string;
  sample?: string;
  location: { line: number; column: number };
  id: string;
  description: string;
  severity: { name: string };
  confidence: { name: string };
  manualReview?: boolean;
  visibility?: { inlineDisabled?: boolean; globalCheckDisabled?: boolean };
}

interface Library {
  Parser: new (babelFirst: boolean, typescriptBabelFirst: boolean) => { parse(file: string, content: string | Buffer): [number, unknown, string, { message: string }[] | undefined] };
  Finder: new (custom: string[], exclude: string[], upgrade?: string) => {
    _enabled_checks: unknown[];
    find(file: string, data: unknown, type: number, content: string, only: null, electronVersion: string | undefined): Promise<RawIssue[]>;
  };
  GlobalChecks: new (custom: string[], exclude: string[], upgrade?: string) => {
    _enabled_checks: unknown[];
    getResults(issues: RawIssue[], output?: string): Promise<RawIssue[]>;
  };
  minElectronVersion: (pjson: unknown) => string | undefined;
}

let library: Library | undefined;

/** RELAIS_WEB_PREFERENCES: the only value each security web preference may be written with. */
const SAFE_WEB_PREFERENCES: Record<string, boolean> = {
  contextIsolation: true,
  sandbox: true,
  webSecurity: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
};

interface AstNode {
  type?: string;
  key?: { name?: string; value?: unknown };
  value?: unknown;
  computed?: boolean;
  loc?: { start: { line: number; column: number } };
}

/** Every property of an object literal named like a security web preference whose value is not its safe literal. */
function unsafeWebPreferences(tree: unknown): { name: string; line: number; column: number }[] {
  const found: { name: string; line: number; column: number }[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const candidate = node as AstNode;
    if ((candidate.type === 'ObjectProperty' || candidate.type === 'Property') && !candidate.computed && candidate.key) {
      const name = String(candidate.key.name ?? candidate.key.value);
      if (Object.hasOwn(SAFE_WEB_PREFERENCES, name)) {
        const value = candidate.value as AstNode | undefined;
        const literal = value && (value.type === 'BooleanLiteral' || value.type === 'Literal') ? value.value : undefined;
        if (literal !== SAFE_WEB_PREFERENCES[name]) found.push({ name, line: candidate.loc?.start.line ?? 0, column: candidate.loc?.start.column ?? 0 });
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'loc' && key !== 'range' && key !== 'tokens' && key !== 'comments' && key !== 'Scope' && key !== 'astParser') visit(child);
    }
  };
  visit(tree);
  return found;
}

/** Loads the library's pieces, with its English messages from its own folder (the library would fetch them). */
function loadLibrary(): Library {
  if (library) return library;
  const i18n = createRequire(path.join(PACKAGE_DIR, 'package.json'))('i18n') as {
    configure(options: object): void;
    setLocale(locale: string): void;
  };
  // The checks read their descriptions through a global `__`, as the library's CLI sets it up.
  i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: path.join(DIST, 'locales'), updateFiles: false, objectNotation: true, retryInDefaultLocale: true, register: global });
  i18n.setLocale('en-US');
  const { Parser } = require(path.join(DIST, 'parser')) as Pick<Library, 'Parser'>;
  const { Finder, GlobalChecks } = require(path.join(DIST, 'finder')) as Pick<Library, 'Finder' | 'GlobalChecks'>;
  const versions = require(path.join(DIST, 'util/electron_version')) as { findElectronVersionFromPackageJson: (p: unknown) => string | undefined };
  library = { Parser, Finder, GlobalChecks, minElectronVersion: versions.findElectronVersionFromPackageJson };
  return library;
}

function listFiles(root: string, inputs: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (absolute: string) => {
    const stat = fs.statSync(absolute);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(absolute).sort()) if (name !== 'node_modules') walk(path.join(absolute, name));
    } else if (SCANNED.test(absolute) || path.basename(absolute) === 'package.json') {
      files.push(absolute);
    }
  };
  for (const input of inputs) {
    const absolute = path.resolve(root, input);
    // A folder moved away must not leave the audit looking at nothing.
    if (!fs.existsSync(absolute)) throw new Error(`${input}: not found under ${root} / introuvable`);
    walk(absolute);
  }
  return files;
}

/**
 * The text the scan reads: the renderer's page gets its CSP from main/api/csp.ts at build time
 * (electron.vite.config.ts), so the placeholder is replaced the same way before the CSP checks see it.
 */
function contentOf(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  return file.endsWith('.html') ? text.replaceAll('%RELAIS_CSP%', RENDERER_CSP) : text;
}

function relative(root: string, file: string): string {
  return path.isAbsolute(file) ? path.relative(root, file).split(path.sep).join('/') : file;
}

function severityOf(name: string): Severity {
  return (SEVERITIES as readonly string[]).includes(name) ? (name as Severity) : 'HIGH';
}

export function readAllowList(file: string): AllowEntry[] {
  if (!fs.existsSync(file)) return [];
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries?: unknown };
  if (!Array.isArray(parsed.entries)) throw new Error(`${file}: "entries" must be an array`);
  return parsed.entries.map((entry: Partial<AllowEntry>, index: number) => {
    for (const key of ['check', 'file', 'reason', 'reviewed'] as const) {
      if (typeof entry[key] !== 'string' || entry[key].trim() === '') throw new Error(`${file}: entry ${index + 1} needs a non-empty "${key}"`);
    }
    if (entry.sample !== undefined && typeof entry.sample !== 'string') throw new Error(`${file}: entry ${index + 1}: "sample" must be a string`);
    return entry as AllowEntry;
  });
}

const matches = (entry: AllowEntry, finding: Finding) =>
  entry.check === finding.check && entry.file === finding.file && (entry.sample === undefined || finding.sample.includes(entry.sample));

/** Runs Electronegativity over the inputs and judges its findings against the allow-list. */
export async function audit(options: { root: string; inputs?: readonly string[]; allowList?: AllowEntry[] }): Promise<Verdict> {
  const root = path.resolve(options.root);
  const { Parser, Finder, GlobalChecks, minElectronVersion } = loadLibrary();
  const files = listFiles(root, options.inputs ?? DEFAULT_INPUTS);
  const packageJson = path.join(root, 'package.json');
  const electronVersion = fs.existsSync(packageJson) ? minElectronVersion(JSON.parse(fs.readFileSync(packageJson, 'utf8'))) : undefined;

  const parser = new Parser(false, true);
  const globalChecks = new GlobalChecks([], OFFLINE_EXCLUDED);
  const finder = new Finder([], []);
  const raw: RawIssue[] = [];
  const parseErrors: Verdict['parseErrors'] = [];
  const refusals: Finding[] = [];
  for (const file of files) {
    const content = contentOf(file);
    const disabled = content.split('\n').findIndex((line) => /eng-disable/.test(line));
    if (disabled >= 0) {
      refusals.push({
        check: 'ENG_DISABLE_COMMENT',
        severity: 'HIGH',
        confidence: 'CERTAIN',
        file: relative(root, file),
        line: disabled + 1,
        column: 0,
        sample: content.split('\n')[disabled]!.trim(),
        description: 'An eng-disable comment hides findings from review; explain the exception in the allow-list instead.',
        manualReview: false,
      });
    }
    try {
      const [type, data, text] = parser.parse(file, content);
      if (data === null) continue;
      raw.push(...(await finder.find(file, data, type, text, null, electronVersion)));
      const lines = text.split('\n');
      for (const { name, line, column } of unsafeWebPreferences(data)) {
        refusals.push({
          check: 'RELAIS_WEB_PREFERENCES',
          severity: 'HIGH',
          confidence: 'CERTAIN',
          file: relative(root, file),
          line,
          column,
          sample: (lines[line - 1] ?? '').trim(),
          description: `The web preference ${name} must be written as ${String(SAFE_WEB_PREFERENCES[name])} (DESIGN §3: isolated, sandboxed, no Node in the page).`,
          manualReview: false,
        });
      }
    } catch (error) {
      parseErrors.push({ file: relative(root, file), message: error instanceof Error ? error.message : String(error) });
    }
  }
  const issues = (await globalChecks.getResults(raw)).filter((issue) => !issue.visibility?.globalCheckDisabled);

  const findings: Finding[] = [
    ...refusals,
    ...issues.map((issue): Finding => {
      const severity = severityOf(issue.severity.name);
      const raised = BASELINE_CHECKS.has(issue.id) && severity !== 'HIGH';
      return {
        check: issue.id,
        severity: raised ? 'HIGH' : severity,
        confidence: issue.confidence.name,
        file: relative(root, issue.file),
        line: issue.location.line,
        column: issue.location.column,
        sample: issue.sample ?? '',
        description: issue.description,
        manualReview: Boolean(issue.manualReview),
        ...(raised ? { raisedFrom: severity } : {}),
      };
    }),
  ].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.check.localeCompare(b.check));

  // A file that cannot be parsed was not checked: that fails like a finding.
  const unparsed: Finding[] = parseErrors.map(({ file, message }) => ({
    check: 'PARSE_ERROR',
    severity: 'HIGH',
    confidence: 'CERTAIN',
    file,
    line: 0,
    column: 0,
    sample: '',
    description: `Electronegativity could not parse this file, so it was not checked: ${message}`,
    manualReview: false,
  }));

  const allowList = options.allowList ?? [];
  const used = new Set<AllowEntry>();
  const unexplained: Finding[] = [...unparsed];
  const explained: Verdict['explained'] = [];
  const minor: Finding[] = [];
  for (const finding of findings) {
    if (finding.severity !== 'HIGH' && finding.severity !== 'MEDIUM') {
      minor.push(finding);
      continue;
    }
    const entry = finding.check === 'ENG_DISABLE_COMMENT' || finding.check === 'RELAIS_WEB_PREFERENCES' ? undefined : allowList.find((candidate) => matches(candidate, finding));
    if (entry) {
      used.add(entry);
      explained.push({ finding, entry });
    } else {
      unexplained.push(finding);
    }
  }
  return {
    findings,
    unexplained,
    explained,
    minor,
    stale: allowList.filter((entry) => !used.has(entry)),
    parseErrors,
    checks: { atomic: finder._enabled_checks.length, global: globalChecks._enabled_checks.length },
    electronVersion,
  };
}

const where = (f: Finding) => `${f.file}:${f.line}:${f.column}`;

export function report(verdict: Verdict): string {
  const lines: string[] = [];
  lines.push(
    `Electronegativity : ${verdict.checks.atomic} vérifications unitaires et ${verdict.checks.global} globales, Electron ${verdict.electronVersion ?? '?'} / ` +
      `${verdict.checks.atomic} atomic and ${verdict.checks.global} global checks, Electron ${verdict.electronVersion ?? '?'}`,
  );
  for (const { finding, entry } of verdict.explained) {
    const reason = entry.reason.length > 110 ? `${entry.reason.slice(0, 110)}…` : entry.reason;
    lines.push(`  expliqué / explained  ${finding.severity} ${finding.check}  ${where(finding)}  — ${reason}`);
  }
  for (const finding of verdict.minor) {
    lines.push(`  info  ${finding.severity} ${finding.check}  ${where(finding)}  ${finding.sample}`);
  }
  for (const entry of verdict.stale) {
    lines.push(
      `  ATTENTION : l'entrée de la liste d'exceptions ${entry.check} ${entry.file}${entry.sample ? ` « ${entry.sample} »` : ''} ne correspond plus à rien ; retirez-la. / ` +
        `WARNING: allow-list entry no longer matches any finding; remove it.`,
    );
  }
  if (verdict.unexplained.length === 0) {
    lines.push('Aucun constat HIGH ou MEDIUM sans explication. / No unexplained HIGH or MEDIUM finding.');
    return lines.join('\n');
  }
  lines.push(
    `ÉCHEC : ${verdict.unexplained.length} constat(s) HIGH ou MEDIUM sans explication. Corrigez le code, ou, après revue, ajoutez une entrée motivée à ${DEFAULT_ALLOW_LIST}.`,
    `FAILED: ${verdict.unexplained.length} HIGH or MEDIUM finding(s) not explained. Fix the code, or after review add an entry with its reason to ${DEFAULT_ALLOW_LIST}.`,
  );
  for (const finding of verdict.unexplained) {
    const raised = finding.raisedFrom ? ` (${finding.raisedFrom} → HIGH : DESIGN §3)` : '';
    lines.push(`  ${finding.severity} ${finding.check}  ${where(finding)}${raised}`);
    if (finding.sample) lines.push(`      ${finding.sample}`);
    lines.push(`      ${finding.description.replace(/\s+/g, ' ').trim()}`);
  }
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  let root = process.cwd();
  let allowListFile: string | undefined;
  let json = false;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    if (argument === '--root') root = path.resolve(argv[++i] ?? '.');
    else if (argument === '--allow-list') allowListFile = path.resolve(argv[++i] ?? '');
    else if (argument === '--json') json = true;
    else inputs.push(argument);
  }
  const started = performance.now();
  const allowList = readAllowList(allowListFile ?? path.join(root, DEFAULT_ALLOW_LIST));
  const verdict = await audit({ root, inputs: inputs.length > 0 ? inputs : DEFAULT_INPUTS, allowList });
  process.stdout.write(json ? `${JSON.stringify(verdict, null, 2)}\n` : `${report(verdict)}\n(${Math.round(performance.now() - started)} ms)\n`);
  return verdict.unexplained.length === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
