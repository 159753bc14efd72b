import { app, session, shell, type WebContents } from 'electron';
import { APP_ORIGIN } from './protocol';

/** The Vite dev server's address during `npm run dev`; never honoured by a packaged app. */
export function devServerUrl(): string | undefined {
  return app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;
}

/**
 * The scheme and host of a URL, or undefined for a URL without a host. Not `URL.origin`: in the main
 * process `URL` is Node's, which knows nothing of the schemes registered with Chromium and answers
 * "null" as the origin of every app:// URL.
 */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : undefined;
  } catch {
    return undefined;
  }
}

/** The origins our windows may show: the app itself, and the Vite dev server in development. */
export function trustedOrigins(): string[] {
  const dev = originOf(devServerUrl());
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

export function isTrustedUrl(url: string | undefined): boolean {
  const origin = originOf(url);
  return origin !== undefined && trustedOrigins().includes(origin);
}

/** What a `mailto:` link may carry: the draft's addressees, subject and text; never `attach=` or the like. */
const MAILTO_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body']);

/**
 * Whether a URL may go to the user's mail program: a `mailto:` (a payment reminder) whose fields are
 * only addressees, subject and text. Some mail programs honour `attach=` and the like, which would let
 * a page attach a file of the user's to the draft; those links stay in the app.
 */
export function isMailDraftUrl(url: string): boolean {
  if (url.length > 16_000) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'mailto:') return false;
  return [...parsed.searchParams.keys()].every((field) => MAILTO_FIELDS.has(field.toLowerCase()));
}

/** The mail program only drafts a message for the user to read and send; no other address leaves the app. */
function handedToMailProgram(url: string): boolean {
  if (!isMailDraftUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}

/** The guards of one page (window, or anything else a page could create): deny by default. */
export function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isTrustedUrl(url)) return;
    event.preventDefault();
    handedToMailProgram(url);
  });
  // Sub-frames too (the app has none; a frame must not lead anywhere else either).
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isTrustedUrl(event.url)) event.preventDefault();
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

/** Deny-by-default: navigation, new windows, webviews, every permission request and device. */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
}
