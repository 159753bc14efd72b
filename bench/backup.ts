/**
 * A backup (`relais backup --out FILE`): the command as a person or a scheduled task runs it — open
 * the database, write a consistent copy, check it, give it its name — beside a plain copy of the
 * database file (`fs.copyFileSync`), the least any backup must do. DESIGN §7 sets no target for it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCliAsync, type CliIo } from '../main/cli/run';
import { timeAsync, type BenchRow, time } from './measure';

const RUNS = 10;

export async function benchBackup(file: string): Promise<BenchRow> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-backup-'));
  let errors = '';
  const io: CliIo = { out: () => undefined, err: (text) => (errors += `${text}\n`), env: process.env };
  try {
    const timing = await timeAsync(async (i) => {
      const out = path.join(dir, `backup-${i}.sqlite`);
      const code = await runCliAsync(['--db', file, 'backup', '--out', out], io);
      if (code !== 0) throw new Error(`relais backup failed (${code}): ${errors}`);
      fs.rmSync(out);
    }, RUNS, 1);
    const raw = time(
      (i) => {
        const out = path.join(dir, `copy-${i}.sqlite`);
        fs.copyFileSync(file, out);
        fs.rmSync(out);
      },
      RUNS,
      1,
    );
    const size = fs.statSync(file).size;
    return { operation: 'backup (relais backup --out FILE)', detail: `${(size / 1024 / 1024).toFixed(1)} MB database; raw = fs.copyFileSync of the file`, timing, raw, targetMs: null };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
