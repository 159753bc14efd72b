/**
 * What a `deferred` method's handler returns: its transaction has read and written what it needs,
 * and `finish` builds the answer afterwards (a PDF: the libraries are asynchronous). `finish` must
 * not touch the database — the transaction is over.
 */
export class Later<T> {
  constructor(readonly finish: () => Promise<T>) {}
}

export function later<T>(finish: () => Promise<T>): Later<T> {
  return new Later(finish);
}
