import type { ApiError, ApiResult, InputOf, MethodName, OutputOf } from '../../../main/api/contract';

/** `window.relais`, exposed by the Electron preload; absent behind the HTTP bridge. */
interface PreloadBridge {
  transport: 'ipc';
  call(method: string, input: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    relais?: PreloadBridge;
  }
}

/** A refused call, carrying the contract's error (French and English text, field errors). */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.messageEn);
    this.name = 'ApiFailure';
  }
}

type LockListener = () => void;
const lockListeners = new Set<LockListener>();

/** Called when any call finds the app locked (idle timeout, or signed out elsewhere). */
export function onLocked(listener: LockListener): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

const TOKEN_KEY = 'relais.token';
const SESSION_KEY = 'relais.session';

/** Behind the HTTP bridge the page URL carries the run's token once; it is kept for the tab only. */
function bridgeCredentials(): { token: string; session: string } {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  let session = sessionStorage.getItem(SESSION_KEY);
  if (!session) {
    session = crypto.randomUUID();
    sessionStorage.setItem(SESSION_KEY, session);
  }
  return { token: sessionStorage.getItem(TOKEN_KEY) ?? '', session };
}

async function overHttp(method: string, input: unknown): Promise<unknown> {
  const { token, session } = bridgeCredentials();
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-relais-token': token, 'x-relais-session': session },
    body: JSON.stringify(input ?? {}),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  return response.json();
}

export function transportName(): 'ipc' | 'http' {
  return window.relais ? 'ipc' : 'http';
}

/** Calls a contract method; resolves with its output or rejects with an {@link ApiFailure}. */
export async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const raw = window.relais ? await window.relais.call(method, input) : await overHttp(method, input);
  const result = raw as ApiResult<OutputOf<M>>;
  if (result.ok) return result.value;
  if (result.error.code === 'locked' && result.error.reason !== 'errors.auth.locked_out') lockListeners.forEach((l) => l());
  if (result.error.code === 'not_signed_in') lockListeners.forEach((l) => l());
  throw new ApiFailure(result.error);
}
