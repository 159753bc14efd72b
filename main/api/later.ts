/** How `finish` ended: its value, or what it threw. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * What a `deferred` method's handler returns: its transaction has read and written what it needs,
 * and `finish` builds the answer afterwards (a PDF: the libraries are asynchronous; a request to the
 * network). `finish` must not touch the database — the transaction is over; `settle`, when given,
 * records how it ended, in a second transaction of its own (the log of a report sent).
 */
export class Later<T> {
  constructor(
    readonly finish: () => Promise<T>,
    readonly settle?: (settled: Settled<T>) => void,
  ) {}
}

export function later<T>(finish: () => Promise<T>, settle?: (settled: Settled<T>) => void): Later<T> {
  return new Later(finish, settle);
}
