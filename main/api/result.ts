import type { RefusalCode } from '../domain/common/refusal';

/** `recovery_needed`: the database failed its start check; only the recovery screen's methods answer. */
export type ErrorCode = RefusalCode | 'unknown_method' | 'invalid_input' | 'internal' | 'recovery_needed' | 'busy';

/** A problem with one input field; `field` is a dotted path (`tariffs.0.priceCents`). */
export interface FieldError {
  field: string;
  message: string;
  messageEn: string;
}

/** Every error carries French and English text written for the person at the desk. */
export interface ApiError {
  code: ErrorCode;
  /** The message catalog key, stable for tests and for screens that react to a specific refusal. */
  reason: string;
  message: string;
  messageEn: string;
  fields?: FieldError[];
  /** Facts a screen can act on, when the refusal has some (e.g. `duplicates`). */
  details?: Record<string, unknown>;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
