import type { z } from 'zod';
import type { CallContext } from '../context';
import type { MethodSpec } from '../define';
import type { Later } from '../later';

/** A handler receives the parsed input and returns what the output schema accepts (later, for a deferred method). */
export type HandlerOf<S extends MethodSpec> = (
  ctx: CallContext,
  input: z.output<S['input']>,
) => S extends { deferred: true } ? Later<z.input<S['output']>> : z.input<S['output']>;

/** Exactly one handler per contract entry: TypeScript refuses a missing or misspelt one. */
export type HandlersFor<C extends Record<string, MethodSpec>> = { [M in keyof C]: HandlerOf<C[M]> };
