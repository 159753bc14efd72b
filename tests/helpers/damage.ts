import fs from 'node:fs';
import type { Db } from '../../main/db/open';

/**
 * Fills a database with enough rows to span many pages, checkpoints and closes it, then scribbles
 * over a few interior pages — leaving the header and the schema page intact, as a failing disk does.
 */
export function damageDatabase(db: Db, file: string): void {
  db.exec('CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, text TEXT) STRICT');
  const insert = db.prepare('INSERT INTO filler (text) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`ligne ${i} `.repeat(10));
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  const pages = Math.floor(bytes.length / pageSize);
  for (let page = pages - 20; page < pages - 12; page++) bytes.fill(0x5a, page * pageSize, page * pageSize + pageSize);
  fs.writeFileSync(file, bytes);
}
