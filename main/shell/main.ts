import path from 'node:path';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { createDispatcher, type Dispatch } from '../api/dispatcher';
import { createRecoveryDispatch } from '../api/recovery';
import { makeBackup } from '../domain/backups/backups';
import type { DamagedDatabase } from '../domain/backups/recovery';
import { scheduleDailyBackups } from '../domain/backups/schedule';
import { DatabaseOpenError } from '../db/errors';
import { DATABASE_FILE_NAME } from '../db/location';
import { openDatabase, type Db } from '../db/open';
import { forTerminal, translate } from '../i18n';
import { bindIpc } from './ipc';
import { buildMenu } from './menu';
import { createShellPreferences } from './preferences';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenApp } from './security';
import { createMainWindow, setKiosk } from './window';

const mainDir = import.meta.dirname;
const reportBackupFailure = (error: unknown) => console.error('[relais] backup failed', error);

/**
 * The database; what is wrong with it when it fails its start check (the window then opens on the
 * recovery screen); or undefined after a dialog saying why it cannot be opened (the app quits, the
 * file untouched).
 */
function openAppDatabase(file: string, backupDir: string): Db | DamagedDatabase | undefined {
  try {
    return openDatabase(file, { backupDir });
  } catch (error) {
    // The app's own file not reading as a database at all (its header overwritten) is damage too.
    if (error instanceof DatabaseOpenError && (error.problem === 'corrupt' || error.problem === 'not_a_database')) {
      return { file, backupDir, detail: String(error.params.detail ?? error.messageEn) };
    }
    const detail =
      error instanceof DatabaseOpenError
        ? `${error.message}\n\n${error.messageEn}`
        : forTerminal('shell.unexpected', { detail: error instanceof Error ? error.message : String(error) });
    dialog.showErrorBox(translate('fr', 'shell.cannot_open'), detail);
    return undefined;
  }
}

/** Backs up once more before quitting (the backup is asynchronous, so the first quit waits for it). */
function backupOnQuit(current: () => Db | undefined): void {
  let started = false;
  let done = false;
  app.on('will-quit', (event) => {
    const db = current();
    if (done || !db) return;
    event.preventDefault();
    if (started) return;
    started = true;
    makeBackup(db, 'on-quit', new Date())
      .catch(reportBackupFailure) // a full disk must not keep the app from quitting; the database is intact
      .finally(() => {
        done = true;
        db.close();
        app.quit();
      });
  });
}

function start(): void {
  const dataDir = app.getPath('userData');
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  const backupDir = path.join(dataDir, 'backups');
  const opened = openAppDatabase(file, backupDir);
  if (!opened) {
    app.quit();
    return;
  }
  const { prefs, store } = createShellPreferences((language) => Menu.setApplicationMenu(buildMenu(language)));
  let db: Db | undefined;
  let dispatch: Dispatch;
  const useDatabase = (ready: Db) => {
    db = ready;
    dispatch = createDispatcher({ db: ready, prefs });
    scheduleDailyBackups(ready, reportBackupFailure);
  };
  if ('detail' in opened) dispatch = createRecoveryDispatch(opened, () => useDatabase(openDatabase(file, { backupDir })));
  else useDatabase(opened);
  hardenApp();
  serveRenderer(path.join(mainDir, '../renderer'));
  const restoreMenu = () => Menu.setApplicationMenu(buildMenu(prefs.get().language));
  bindIpc(
    (session, method, input) => dispatch(session, method, input),
    (sender, on) => {
      const owner = BrowserWindow.fromWebContents(sender);
      if (owner) setKiosk(owner, on, restoreMenu);
    },
  );
  Menu.setApplicationMenu(buildMenu(prefs.get().language));
  let window = createMainWindow(store, mainDir);

  app.on('second-instance', () => {
    // Relais started again while this one quits (its backup at quit takes a moment): nothing to show.
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createMainWindow(store, mainDir);
  });
  app.on('window-all-closed', () => app.quit());
  backupOnQuit(() => db);
}

// RELAIS_DATA_DIR moves everything (database, backups, preferences), as for the relais command.
if (process.env.RELAIS_DATA_DIR) app.setPath('userData', path.resolve(process.env.RELAIS_DATA_DIR));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  void app.whenReady().then(start);
}
