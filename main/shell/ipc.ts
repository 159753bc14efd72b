import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Dispatch } from '../api/dispatcher';
import { bilingual } from '../i18n';
import { newSession, type Session } from '../api/session';
import { CALL_CHANNEL } from './channel';
import { isTrustedUrl } from './security';

/**
 * Binds the dispatcher to IPC. Each window has its own session (who is signed in), kept here where
 * the renderer cannot touch it; every call's sender frame must be our own page. When a call turns a
 * window's session into the arrival kiosk or back, `onKiosk` makes the window follow.
 */
export function bindIpc(dispatch: Dispatch, onKiosk: (sender: WebContents, on: boolean) => void): void {
  const sessions = new Map<number, Session>();
  ipcMain.handle(CALL_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    if (!isTrustedUrl(event.senderFrame?.url) || event.senderFrame !== event.sender.mainFrame) {
      return { ok: false, error: { code: 'forbidden', reason: 'errors.auth.forbidden', ...bilingual('errors.auth.forbidden') } };
    }
    let session = sessions.get(event.sender.id);
    if (!session) {
      session = newSession('ipc');
      sessions.set(event.sender.id, session);
      event.sender.once('destroyed', () => sessions.delete(event.sender.id));
    }
    const wasKiosk = session.kiosk !== null;
    const result = dispatch(session, String(method), input);
    if ((session.kiosk !== null) !== wasKiosk) onKiosk(event.sender, session.kiosk !== null);
    return result;
  });
}
