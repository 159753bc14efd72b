import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// The .sql files sit next to this module in the sources and are copied next to the bundled
// main process by the build (electron.vite.config.ts), so one relative lookup serves both.
const here = path.dirname(fileURLToPath(import.meta.url));
export const MIGRATIONS_DIR = path.join(here, 'migrations');

const FILE_PATTERN = /^(\d{4})-([a-z0-9-]+)\.sql$/;

/** Reads the numbered migrations in order and checks that they run 1, 2, 3… without gaps. */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = fs
    .readdirSync(dir)
    .map((file) => ({ file, match: FILE_PATTERN.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2] ?? file,
      sql: fs.readFileSync(path.join(dir, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration numbering is broken at ${migration.version}-${migration.name}: expected ${index + 1}`);
    }
  });
  return migrations;
}

let cached: Migration[] | undefined;

export function migrations(): Migration[] {
  cached ??= loadMigrations();
  return cached;
}

/** The schema version this build of Relais writes. */
export function latestVersion(): number {
  return migrations().length;
}
