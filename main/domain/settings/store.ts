import type { Db } from '../../db/open';
import { DEFAULT_SETTINGS } from './defaults';
import type { SectionName, Settings } from './schema';

/**
 * Settings sections are JSON rows validated by their zod schema on the way in (the contract) and
 * completed with defaults on the way out, so a section added by a later version reads sensibly.
 */
export function readSection<K extends SectionName>(db: Db, section: K): Settings[K] {
  const row = db.prepare('SELECT value FROM settings WHERE section = ?').get(section) as { value: string } | undefined;
  const defaults = DEFAULT_SETTINGS[section];
  return row ? ({ ...defaults, ...(JSON.parse(row.value) as object) } as Settings[K]) : defaults;
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
