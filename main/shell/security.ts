import { app, session, shell, type WebContents } from 'electron';
import { APP_ORIGIN } from './protocol';

/** The origins our windows may show: the app itself, and the Vite dev server in development. */
export function trustedOrigins(): string[] {
  const dev = process.env.ELECTRON_RENDERER_URL;
  return dev && !app.isPackaged ? [APP_ORIGIN, new URL(dev).origin] : [APP_ORIGIN];
}

export function isTrustedUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return trustedOrigins().includes(new URL(url).origin);
  } catch {
    return false;
  }
}

function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Links to the outside world (e.g. the association's website) open in the user's browser.
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Deny-by-default: navigation, new windows, webviews and every permission request. */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
