import fs from 'node:fs';
import * as z from 'zod';

/** How one input field of a contract method becomes a `--kebab-case` option. */
export interface OptionSpec {
  key: string;
  flag: string;
  kind: 'string' | 'number' | 'boolean' | 'json';
  required: boolean;
  choices?: string[];
}

export const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** Where commander puts an option's value: `--member-id` → `memberId`. */
const attribute = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; entries?: Record<string, string> };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Reads a field's schema by its kind (zod 4 string formats such as datetimes are strings too). */
function describe(schema: z.ZodType): { kind: OptionSpec['kind']; required: boolean; choices?: string[] } {
  let def = defOf(schema);
  let required = true;
  for (;;) {
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) {
      if (def.type !== 'nullable') required = false;
      def = defOf(def.innerType);
    } else if (def.type === 'pipe' && def.in) def = defOf(def.in); // a value read then transformed (`walk-in`)
    else break;
  }
  switch (def.type) {
    case 'number':
      return { kind: 'number', required };
    case 'boolean':
      return { kind: 'boolean', required: false };
    case 'enum':
      return { kind: 'string', required, choices: Object.values(def.entries ?? {}) };
    case 'string':
      return { kind: 'string', required };
    default:
      return { kind: 'json', required };
  }
}

/** The options of a method whose input is an object, named after its fields unless `flags` renames them. */
export function optionsOf(input: z.ZodType, flags: Record<string, string> = {}): OptionSpec[] {
  if (!(input instanceof z.ZodObject)) return [];
  return Object.entries(input.shape as Record<string, z.ZodType>).map(([key, field]) => ({
    key,
    flag: flags[key] ?? kebab(key),
    ...describe(field),
  }));
}

/** Why an option could not be read; the CLI prints it as bad usage. */
export class OptionError extends Error {}

/**
 * Converts what commander parsed (strings and booleans) into the method's input object. One option
 * given as `-` takes its value from the first line of standard input.
 */
export function inputFrom(specs: OptionSpec[], parsed: Record<string, unknown>, stdin: () => string = readStdin): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const valueOf = (spec: OptionSpec) => parsed[attribute(spec.flag)];
  if (specs.filter((spec) => valueOf(spec) === '-').length > 1) throw new OptionError('cli.one_stdin');
  for (const spec of specs) {
    let raw = valueOf(spec);
    if (raw === undefined) continue;
    if (raw === '-') raw = (stdin().split(/\r?\n/)[0] ?? '').trim();
    if (spec.kind === 'number') input[spec.key] = raw === '' ? Number.NaN : Number(raw);
    else if (spec.kind === 'json') input[spec.key] = parseJsonOption(String(raw));
    else input[spec.key] = raw;
  }
  return input;
}

function parseJsonOption(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new OptionError('cli.bad_json');
  }
}

/** Standard input when it is a pipe or a file; a terminal would wait unseen, so it is refused. */
function readStdin(): string {
  if (process.stdin.isTTY) throw new OptionError('cli.stdin_is_terminal');
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(4096);
  for (;;) {
    let read: number;
    try {
      read = fs.readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      if ((error as { code?: string }).code === 'EAGAIN') continue; // a non-blocking pipe not ready yet
      if ((error as { code?: string }).code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
  }
  return Buffer.concat(chunks).toString('utf8');
}
