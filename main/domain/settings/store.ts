import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { DEFAULT_SETTINGS } from './defaults';
import type * as z from 'zod';
import { Settings, type SectionName } from './schema';

/**
 * Settings sections are JSON rows, checked by their zod schema on the way in (the contract) and on the
 * way out. Reading is forgiving field by field: a field that no longer reads (edited by hand, or made
 * stricter by a later version) falls back to its default, unknown fields are dropped, and the rest of
 * the section is kept — one bad value never blanks the association's identity.
 */
export function readSection<K extends SectionName>(db: Db, section: K): Settings[K] {
  const row = sql(db, 'SELECT value FROM settings WHERE section = ?').get(section) as { value: string } | undefined;
  if (!row) return structuredClone(DEFAULT_SETTINGS[section]);
  const key = `${section}\u0000${row.value}`;
  let value = checked.get(key);
  if (value === undefined) {
    value = checkSection(section, parseJson(row.value));
    if (checked.size > 64) checked.clear();
    checked.set(key, value);
  }
  return structuredClone(value) as Settings[K];
}

// Settings are read on every call (the idle lock) and for every day shown: a row's text is checked
// once, then its checked value reused (as a copy) until the text changes.
const checked = new Map<string, unknown>();

function checkSection<K extends SectionName>(section: K, stored: Record<string, unknown>): Settings[K] {
  const schema = Settings.shape[section];
  const value: Record<string, unknown> = { ...DEFAULT_SETTINGS[section] };
  const unreadable: string[] = [];
  for (const [field, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (!(field in stored)) continue;
    const parsed = fieldSchema.safeParse(stored[field]);
    if (parsed.success) value[field] = parsed.data;
    else unreadable.push(field);
  }
  const whole = schema.safeParse(value);
  if (!whole.success) unreadable.push('(whole section)');
  if (unreadable.length > 0) console.error(`[relais] settings "${section}": ${unreadable.join(', ')} unreadable, defaults used there`);
  return (whole.success ? whole.data : DEFAULT_SETTINGS[section]) as Settings[K];
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function writeSection<K extends SectionName>(db: Db, section: K, value: Settings[K], at: string): Settings[K] {
  sql(db, 
    `INSERT INTO settings (section, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (section) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(section, JSON.stringify(value), at);
  return value;
}

export function readSettings(db: Db): Settings {
  const sections = Object.keys(DEFAULT_SETTINGS) as SectionName[];
  return Object.fromEntries(sections.map((section) => [section, readSection(db, section)])) as Settings;
}
