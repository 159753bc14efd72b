import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL, METHOD_NAME } from '../main/shell/channel';

/**
 * What the page sees as `window.relais`: one function that forwards a contract call to the main
 * process, which checks the sender, the method, the role and the input.
 */
const api = {
  transport: 'ipc' as const,
  call(method: string, input: unknown): Promise<unknown> {
    if (typeof method !== 'string' || !METHOD_NAME.test(method)) {
      return Promise.reject(new TypeError('not a Relais method name'));
    }
    return ipcRenderer.invoke(CALL_CHANNEL, method, input);
  },
};

contextBridge.exposeInMainWorld('relais', api);

export type RelaisBridge = typeof api;
