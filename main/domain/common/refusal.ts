import type { MessageKey, MessageParams } from '../../i18n';

/** Coarse kinds of refusal; the message key says exactly why. */
export type RefusalCode = 'refused' | 'not_found' | 'conflict' | 'not_signed_in' | 'forbidden' | 'locked';

export type ErrorKey = Extract<MessageKey, `errors.${string}`>;

export interface RefusalOptions {
  code?: RefusalCode;
  /** The input field the refusal is about, so a form can show it beside that field. */
  field?: string;
  /** Facts a screen can act on (the possible duplicates of a member, say). */
  details?: Record<string, unknown>;
}

/**
 * A rule of the domain said no. Thrown by domain code, turned by the dispatcher into
 * `{ok:false, error}` after rolling the transaction back.
 */
export class Refusal extends Error {
  readonly code: RefusalCode;
  readonly field: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    readonly reason: ErrorKey,
    readonly params: MessageParams = {},
    options: RefusalOptions = {},
  ) {
    super(reason);
    this.name = 'Refusal';
    this.code = options.code ?? 'refused';
    this.field = options.field;
    this.details = options.details;
  }
}
