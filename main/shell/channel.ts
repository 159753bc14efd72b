/** The one IPC channel between the preload and the main process; constants only, so the preload can share it. */
export const CALL_CHANNEL = 'relais:call';

/** What a contract method name looks like (`space.listSeats`); the preload refuses anything else. */
export const METHOD_NAME = /^[a-z]+\.[A-Za-z]+$/;
