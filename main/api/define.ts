import type { z } from 'zod';
import type { AuditEvent } from '../domain/audit/schema';

import type { StaffRole } from '../domain/staff/schema';

export type { StaffRole };

/**
 * Who may call a method: anyone (`public`, e.g. the lock screen), signed-in staff of these roles, or
 * the `kiosk` (a window staff turned into the arrival kiosk, where nobody is signed in).
 */
export type Access = 'public' | 'kiosk' | StaffRole;

export const ANYONE = ['public'] as const satisfies readonly Access[];
export const ALL_STAFF = ['welcome', 'treasurer', 'admin'] as const satisfies readonly Access[];
export const ADMIN = ['admin'] as const satisfies readonly Access[];
export const TREASURY = ['treasurer', 'admin'] as const satisfies readonly Access[];
/** The arrival kiosk: a session switched to it reaches only the methods that list this role. */
export const KIOSK = ['kiosk'] as const satisfies readonly Access[];

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  /** One line for developers and `relais --help`. */
  summary: string;
  input: I;
  output: O;
  roles: readonly Access[];
  /** Record every successful call in the audit log under this event (input redacted of PINs and images). */
  audit?: AuditEvent;
  /**
   * Leave the input out of that record: it holds a member's personal data, which must be erasable
   * while the audit log never changes (the handler names the record instead).
   */
  auditInput?: false;
  /**
   * The `relais` sub-command that calls this method, e.g. `seats list`; `flags` renames options
   * (`memberId` → `--member`); only `init`-like commands create a missing database.
   */
  cli?: {
    command: string;
    flags?: Record<string, string>;
    createsDatabase?: boolean;
    writesFile?: boolean;
    /** Like `writesFile`, into the directory given as `--out`, under the answer's own `fileName`. */
    outDir?: boolean;
    file?: boolean;
    /** An input field given as the command's argument (`relais invoices pdf F2026-0001`). */
    argument?: string;
    /** A boolean of the answer that must be true, else the command exits 1 (`relais verify`). */
    failsUnless?: string;
  };
  /**
   * The answer is built after the transaction (a PDF): the handler returns `later(…)` and callers
   * get a promise. `cli.writesFile` writes its `{fileName, base64}` to `--out`; `cli.file` reads the
   * command's FILE argument into the input's `{fileName, base64}`.
   */
  deferred?: true;
  /**
   * While this deferred method finishes, every other call is refused (`busy`): a restore replaces
   * the database under the dispatcher's feet.
   */
  exclusive?: true;
}

/** Declares one contract entry; the identity function keeps the literal types for inference. */
export function method<I extends z.ZodType, O extends z.ZodType, D extends boolean = false>(
  spec: MethodSpec<I, O> & { deferred?: D },
): MethodSpec<I, O> & (D extends true ? { deferred: true } : unknown) {
  return spec as MethodSpec<I, O> & (D extends true ? { deferred: true } : unknown);
}
