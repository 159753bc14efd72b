import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { chainHash } from './canonical';
import { chainedRecords, type ChainedKind } from './records';

/**
 * Appends an issued document or a payment to the chain, inside the caller's transaction: its hash
 * covers the record as stored and the previous link's hash (a trigger refuses any other position).
 */
export function appendToChain(db: Db, kind: ChainedKind, id: number, at: string): string {
  const last = sql(db, 'SELECT position, hash FROM chain ORDER BY position DESC LIMIT 1').get() as { position: number; hash: string } | undefined;
  const record = chainedRecords(db, { kind, id }).get(`${kind}:${id}`);
  if (record === undefined) throw new Error(`${kind} ${id} is not issued`);
  const previousHash = last?.hash ?? '';
  const hash = chainHash(record, previousHash);
  sql(db, 'INSERT INTO chain (position, record, record_id, previous_hash, hash, chained_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    (last?.position ?? 0) + 1,
    kind,
    id,
    previousHash,
    hash,
    at,
  );
  return hash;
}

/** The link of one record, for its page (`null` while it is a draft). */
export function linkOf(db: Db, kind: ChainedKind, id: number): { position: number; hash: string } | null {
  return (sql(db, 'SELECT position, hash FROM chain WHERE record = ? AND record_id = ?').get(kind, id) as { position: number; hash: string } | undefined) ?? null;
}
