import { contextBridge, ipcRenderer } from 'electron';

// Kept in step with main/shell/ipc.ts; the preload is bundled alone, so it imports nothing from main.
const CALL_CHANNEL = 'relais:call';
const METHOD_NAME = /^[a-z]+\.[A-Za-z]+$/;

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
