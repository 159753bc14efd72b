import type { SignedIn } from '../domain/staff/schema';

export type Transport = 'ipc' | 'http' | 'cli' | 'test';

/**
 * Who is at the keyboard of one window (IPC), one browser tab (HTTP bridge) or one command (CLI).
 * Transports keep sessions; the renderer never holds anything it could forge.
 */
export interface Session {
  readonly transport: Transport;
  staff: SignedIn | null;
  lastActivityMs: number;
  /** Turned into the arrival kiosk by this staff member: nobody is signed in, only kiosk methods answer. */
  kiosk: { openedBy: string } | null;
}

export function newSession(transport: Transport): Session {
  return { transport, staff: null, lastActivityMs: 0, kiosk: null };
}

/** The `relais` command acts as an admin: whoever can run it on a file can already read and write that file. */
export function cliSession(): Session {
  return { transport: 'cli', staff: { staffId: null, name: 'relais (CLI)', role: 'admin' }, lastActivityMs: Number.POSITIVE_INFINITY, kiosk: null };
}

/** How the caller is named in the audit log. */
export function actorName(session: Session): string {
  return session.staff?.name ?? (session.kiosk ? 'borne' : '—');
}
