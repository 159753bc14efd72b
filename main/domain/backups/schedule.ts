import type { Db } from '../../db/open';
import { backupIsDue, makeBackup } from './backups';

/** How often the open app looks whether today's backup is made (it is made at most once a day). */
const CHECK_EVERY_MS = 15 * 60_000;

/**
 * The daily backup while the app is open: at start, then every quarter of an hour, a backup is made
 * if today has none yet. Failures are reported, never thrown: a full disk must not stop the desk.
 */
export function scheduleDailyBackups(db: Db, report: (error: unknown) => void, clock: () => Date = () => new Date()): () => void {
  let running = false;
  const tick = () => {
    if (running || !db.open || !backupIsDue(db, clock())) return;
    running = true;
    makeBackup(db, 'daily', clock())
      .then((made) => {
        if (made.secondError) report(new Error(`second folder: ${made.secondError}`));
      })
      .catch(report)
      .finally(() => (running = false));
  };
  tick();
  const timer = setInterval(tick, CHECK_EVERY_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}
