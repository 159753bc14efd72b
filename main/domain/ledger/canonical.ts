import { createHash } from 'node:crypto';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with keys sorted at every level and no spaces: the same record always gives the same text. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as Json)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** hash = SHA-256(canonical JSON of the record + previous hash), hexadecimal. */
export function chainHash(record: Json, previousHash: string): string {
  return createHash('sha256').update(canonicalJson(record)).update(previousHash).digest('hex');
}

export type { Json };
