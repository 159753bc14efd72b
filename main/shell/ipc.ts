import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from '../api/dispatcher';
import { bilingual } from '../i18n';
import { newSession, type Session } from '../api/session';
import { CALL_CHANNEL } from './channel';
import { isTrustedUrl } from './security';

/**
 * Binds the dispatcher to IPC. Each window has its own session (who is signed in), kept here where
 * the renderer cannot touch it; every call's sender frame must be our own page.
 */
export function bindIpc(dispatch: Dispatch): void {
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
    return dispatch(session, String(method), input);
  });
}
