import type { z } from 'zod';
import type { AuditEvent } from '../domain/audit/schema';

import type { StaffRole } from '../domain/staff/schema';

export type { StaffRole };

/** Who may call a method: anyone (`public`, e.g. the lock screen) or signed-in staff of these roles. */
export type Access = 'public' | StaffRole;

export const ANYONE = ['public'] as const satisfies readonly Access[];
export const ALL_STAFF = ['welcome', 'treasurer', 'admin'] as const satisfies readonly Access[];
export const ADMIN = ['admin'] as const satisfies readonly Access[];
export const TREASURY = ['treasurer', 'admin'] as const satisfies readonly Access[];

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
  cli?: { command: string; flags?: Record<string, string>; createsDatabase?: boolean };
}

/** Declares one contract entry; the identity function keeps the literal types for inference. */
export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}
