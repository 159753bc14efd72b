import type { Db } from '../../db/open';
import { DEFAULT_SETTINGS } from './defaults';
import { Settings, type SectionName } from './schema';

/**
 * Settings sections are JSON rows, checked by their zod schema on the way in (the contract) and on the
 * way out, completed with defaults so that a field added by a later version reads sensibly. A row that
 * no longer reads (edited by hand, say) gives way to the defaults rather than stopping the app.
 */
export function readSection<K extends SectionName>(db: Db, section: K): Settings[K] {
  const row = db.prepare('SELECT value FROM settings WHERE section = ?').get(section) as { value: string } | undefined;
  const defaults = DEFAULT_SETTINGS[section];
  if (!row) return defaults;
  const key = `${section}\u0000${row.value}`;
  const known = checked.get(key);
  if (known) return known as Settings[K];
  const parsed = Settings.shape[section].safeParse({ ...defaults, ...parseJson(row.value) });
  if (!parsed.success) {
    console.error(`[relais] settings section "${section}" does not read; using the defaults`, parsed.error.issues);
    return defaults;
  }
  if (checked.size > 64) checked.clear();
  checked.set(key, parsed.data);
  return parsed.data as Settings[K];
}

// Settings are read on every call (the idle lock) and for every day shown: a row's text is checked
// once, then its checked value reused until the text changes.
const checked = new Map<string, unknown>();

function parseJson(text: string): object {
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

export function writeSection<K extends SectionName>(db: Db, section: K, value: Settings[K], at: string): Settings[K] {
  db.prepare(
    `INSERT INTO settings (section, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (section) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(section, JSON.stringify(value), at);
  return value;
}

export function readSettings(db: Db): Settings {
  const sections = Object.keys(DEFAULT_SETTINGS) as SectionName[];
  return Object.fromEntries(sections.map((section) => [section, readSection(db, section)])) as Settings;
}
