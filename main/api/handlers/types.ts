import type { z } from 'zod';
import type { CallContext } from '../context';
import type { MethodSpec } from '../define';

/** A handler receives the parsed input and returns what the output schema accepts. */
export type HandlerOf<S extends MethodSpec> = (ctx: CallContext, input: z.output<S['input']>) => z.input<S['output']>;

/** Exactly one handler per contract entry: TypeScript refuses a missing or misspelt one. */
export type HandlersFor<C extends Record<string, MethodSpec>> = { [M in keyof C]: HandlerOf<C[M]> };
