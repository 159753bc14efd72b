import path from 'node:path';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { createDispatcher } from '../api/dispatcher';
import { automaticBackup } from '../db/backup';
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

/** The database, or a dialog saying why it cannot be opened (the app then quits, leaving the file as it is). */
function openAppDatabase(dataDir: string): Db | undefined {
  try {
    return openDatabase(path.join(dataDir, DATABASE_FILE_NAME), { backupDir: path.join(dataDir, 'backups') });
  } catch (error) {
    const detail =
      error instanceof DatabaseOpenError
        ? `${error.message}\n\n${error.messageEn}`
        : forTerminal('shell.unexpected', { detail: error instanceof Error ? error.message : String(error) });
    dialog.showErrorBox(translate('fr', 'shell.cannot_open'), detail);
    return undefined;
  }
}

function start(): void {
  const dataDir = app.getPath('userData');
  const db = openAppDatabase(dataDir);
  if (!db) {
    app.quit();
    return;
  }
  const { prefs, store } = createShellPreferences((language) => Menu.setApplicationMenu(buildMenu(language)));
  hardenApp();
  serveRenderer(path.join(mainDir, '../renderer'));
  const restoreMenu = () => Menu.setApplicationMenu(buildMenu(prefs.get().language));
  bindIpc(createDispatcher({ db, prefs }), (sender, on) => {
    const owner = BrowserWindow.fromWebContents(sender);
    if (owner) setKiosk(owner, on, restoreMenu);
  });
  Menu.setApplicationMenu(buildMenu(prefs.get().language));
  let window = createMainWindow(store, mainDir);

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createMainWindow(store, mainDir);
  });
  app.on('window-all-closed', () => app.quit());
  app.once('will-quit', () => {
    try {
      automaticBackup(db, path.join(dataDir, 'backups'), 'on-quit');
    } catch (error) {
      // A full disk must not keep the app from quitting; the database itself is intact.
      console.error('[relais] the backup on quit failed', error);
    } finally {
      db.close();
    }
  });
}

// RELAIS_DATA_DIR moves everything (database, backups, preferences), as for the relais command.
if (process.env.RELAIS_DATA_DIR) app.setPath('userData', path.resolve(process.env.RELAIS_DATA_DIR));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  void app.whenReady().then(start);
}
