import Database from 'better-sqlite3';

/**
 * A closure is the smallest change a test can see come and go through a backup and a restore: these
 * read the labels of a file (a separate read-only connection) and add one directly.
 */
export function closureLabels(file: string): unknown[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT label FROM closures ORDER BY id').pluck().all();
  } finally {
    db.close();
  }
}

export function addClosure(db: Database.Database, label: string): void {
  db.prepare("INSERT INTO closures (start_date, end_date, label) VALUES ('2026-12-24', '2026-12-31', ?)").run(label);
}
