import path from 'node:path';
import { BrowserWindow, Menu, screen } from 'electron';
import type Store from 'electron-store';
import type { ShellPreferences } from './preferences';
import { APP_ORIGIN } from './protocol';
import { devServerUrl } from './security';

function visible(bounds: Electron.Rectangle | undefined): Electron.Rectangle | undefined {
  if (!bounds) return undefined;
  const onScreen = screen.getAllDisplays().some(({ workArea }) => {
    const overlapsX = bounds.x < workArea.x + workArea.width && bounds.x + bounds.width > workArea.x;
    return overlapsX && bounds.y >= workArea.y - 10 && bounds.y < workArea.y + workArea.height;
  });
  return onScreen ? bounds : undefined;
}

/** The main window: sandboxed, isolated, no Node in the page; its bounds are remembered. */
export function createMainWindow(store: Store<ShellPreferences>, mainDir: string): BrowserWindow {
  const bounds = visible(store.get('windowBounds'));
  const window = new BrowserWindow({
    width: bounds?.width ?? 1366,
    height: bounds?.height ?? 768,
    x: bounds?.x,
    y: bounds?.y,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Relais',
    backgroundColor: '#f6f5f1',
    webPreferences: {
      preload: path.join(mainDir, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  if (store.get('windowMaximized')) window.maximize();
  window.once('ready-to-show', () => window.show());
  const remember = () => {
    store.set('windowMaximized', window.isMaximized());
    if (!window.isMaximized() && !window.isMinimized()) store.set('windowBounds', window.getBounds());
  };
  window.on('close', remember);
  // The kiosk is left with a staff PIN, not by closing its window.
  window.on('close', (event) => {
    if (window.isKiosk()) event.preventDefault();
  });
  void window.loadURL(devServerUrl() ?? `${APP_ORIGIN}/index.html`);
  return window;
}

/** The arrival kiosk fills the screen, without menus; leaving it gives the window back as it was. */
export function setKiosk(window: BrowserWindow, on: boolean, restoreMenu: () => void): void {
  window.setKiosk(on);
  // Above other windows too; locking the rest of the PC (Alt+Tab, the Windows key) is the
  // operating system's job: a dedicated kiosk account (README).
  window.setAlwaysOnTop(on, 'screen-saver');
  if (on) Menu.setApplicationMenu(null);
  else restoreMenu();
}
