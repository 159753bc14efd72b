import { app, session, shell, type WebContents } from 'electron';
import { APP_ORIGIN } from './protocol';

/** The Vite dev server's address during `npm run dev`; never honoured by a packaged app. */
export function devServerUrl(): string | undefined {
  return app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
}

/** The origins our windows may show: the app itself, and the Vite dev server in development. */
export function trustedOrigins(): string[] {
  const dev = devServerUrl();
  return dev ? [APP_ORIGIN, new URL(dev).origin] : [APP_ORIGIN];
}

export function isTrustedUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return trustedOrigins().includes(new URL(url).origin);
  } catch {
    return false;
  }
}

/**
 * A `mailto:` link (a payment reminder) goes to the user's mail program, which only drafts a message
 * for them to read and send; no other address leaves the app.
 */
function handedToMailProgram(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'mailto:' || url.length > 16_000) return false;
  void shell.openExternal(url);
  return true;
}

function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isTrustedUrl(url)) return;
    event.preventDefault();
    handedToMailProgram(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No page may open a window or hand a link to the system, except a `mailto:` to the mail program.
  contents.setWindowOpenHandler(({ url }) => {
    handedToMailProgram(url);
    return { action: 'deny' };
  });
}

/** Deny-by-default: navigation, new windows, webviews and every permission request. */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
