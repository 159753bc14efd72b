import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { ColumnMapping } from './mapping';

/**
 * Two layouts operators commonly export (see tests/fixtures/calls): a French detailed statement
 * (`;`, separate date and time, `HH:MM:SS` durations, « Sortant »/« Entrant ») and a call-detail
 * record export (`,`, ISO-8601 starts, seconds, caller and called columns).
 */
export const PRESETS: Record<string, ColumnMapping> = {
  'releve-detaille': { date: 'Date', time: 'Heure', direction: 'Sens', number: 'Correspondant', duration: 'Durée', defaultDirection: 'out' },
  'export-cdr': { start: 'start', direction: 'direction', caller: 'caller', called: 'called', duration: 'duration_s', defaultDirection: 'out' },
};

export interface NamedFormat {
  name: string;
  preset: boolean;
  mapping: ColumnMapping;
}

export function listFormats(db: Db): NamedFormat[] {
  const saved = sql(db, 'SELECT name, mapping FROM call_formats ORDER BY name COLLATE NOCASE').all() as { name: string; mapping: string }[];
  return [
    ...Object.entries(PRESETS).map(([name, mapping]) => ({ name, preset: true, mapping })),
    ...saved.map((row) => ({ name: row.name, preset: false, mapping: ColumnMapping.parse(JSON.parse(row.mapping)) })),
  ];
}

export function formatNamed(db: Db, name: string): ColumnMapping {
  const format = listFormats(db).find((candidate) => candidate.name === name);
  if (!format) throw new Refusal('errors.calls.no_such_format', { name, names: listFormats(db).map((f) => f.name).join(', ') }, { field: 'format' });
  return format.mapping;
}

/** Saved under a name for the next import; a preset's name is kept for the preset. */
export function saveFormat(db: Db, name: string, mapping: ColumnMapping, at: string): void {
  if (Object.hasOwn(PRESETS, name)) throw new Refusal('errors.calls.preset_name', { name }, { field: 'saveAs' });
  sql(db, 'INSERT INTO call_formats (name, mapping, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping').run(name, JSON.stringify(mapping), at);
}
