import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { contract, METHOD_NAMES } from '../../main/api/contract';
import type { MethodSpec } from '../../main/api/define';
import { handlers } from '../../main/api/handlers';
import { AUDIT_EVENTS } from '../../main/domain/audit/schema';
import en from '../../main/i18n/en.json' with { type: 'json' };
import fr from '../../main/i18n/fr.json' with { type: 'json' };

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Every object key a schema accepts, at any depth. */
function fieldNames(schema: z.ZodType, found = new Set<string>()): Set<string> {
  const def = defOf(schema);
  if (def.type === 'object') {
    for (const [key, inner] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      found.add(key);
      fieldNames(inner, found);
    }
  } else if (['optional', 'nullable', 'default'].includes(def.type)) fieldNames(def.innerType as z.ZodType, found);
  else if (def.type === 'array') fieldNames(def.element as z.ZodType, found);
  else if (def.type === 'pipe') fieldNames(def.in as z.ZodType, found);
  return found;
}

function leaves(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function expectSameCatalogs(french: unknown, english: unknown): void {
  const a = leaves(french);
  const b = leaves(english);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [key, text] of a) expect(placeholders(b.get(key) ?? ''), key).toEqual(placeholders(text));
}

describe('the contract', () => {
  it('has exactly one handler per method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('declares the roles of every method, and only the lock screen’s and the recovery screen’s methods are public', () => {
    const publicMethods = METHOD_NAMES.filter((name) => (contract[name].roles as readonly string[]).includes('public'));
    // recovery.restore refuses in normal running; it acts only when the database failed its start check
    // (tests/integration/backups), where nobody can sign in.
    expect(publicMethods.sort()).toEqual(['auth.createFirstAdmin', 'auth.signIn', 'auth.status', 'recovery.restore', 'recovery.status', 'ui.preferences', 'ui.setLanguage']);
    for (const name of METHOD_NAMES) expect(contract[name].roles.length, name).toBeGreaterThan(0);
  });

  it('names every input field in French and English', () => {
    const missing = METHOD_NAMES.flatMap((name) =>
      [...fieldNames(contract[name].input)].filter((field) => !(field in fr.fields) || !(field in en.fields)).map((field) => `${name}: ${field}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives each CLI command to one method only', () => {
    const commands = METHOD_NAMES.map((name) => (contract[name] as MethodSpec).cli?.command).filter(Boolean);
    expect(new Set(commands).size).toBe(commands.length);
  });
});

describe('the message catalogs', () => {
  it('have the same keys and placeholders in French and English (back end)', () => expectSameCatalogs(fr, en));

  it('have the same keys and placeholders in French and English (interface)', () => {
    const read = (language: string) => JSON.parse(fs.readFileSync(`renderer/src/i18n/${language}.json`, 'utf8')) as unknown;
    expectSameCatalogs(read('fr'), read('en'));
  });

  it('label every audit event in the interface', () => {
    const ui = JSON.parse(fs.readFileSync('renderer/src/i18n/fr.json', 'utf8')) as { audit: { actions: Record<string, string> } };
    expect(Object.keys(ui.audit.actions).sort()).toEqual([...AUDIT_EVENTS].sort());
  });
});
