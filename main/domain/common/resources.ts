import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// From the sources (tsx, tests) the files are in the repository's resources/ folder; the build
// copies them next to the bundled main process (electron.vite.config.ts), which the packaged app holds.
const here = path.dirname(fileURLToPath(import.meta.url));
const CANDIDATES = [path.join(here, 'resources'), path.resolve(here, '../../../resources')];

/** The text of a file shipped in `resources/`, e.g. `charter/charte-de-vie-commune.fr.md`. */
export function readResource(relative: string): string {
  for (const dir of CANDIDATES) {
    const file = path.join(dir, relative);
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  }
  throw new Error(`resource missing: ${relative}`);
}
