import { createHash } from 'node:crypto';
import { diffLines, diffWords } from 'diff';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { readResource } from '../common/resources';
import type { CharterVersion, CharterVersionSummary, DiffPart, SaveVersionInput } from './schema';

const DIFF_TIMEOUT_MS = 300;

export const DEFAULT_CHARTER_FILE = 'charter/charte-de-vie-commune.fr.md';

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

interface VersionRow extends Omit<CharterVersion, 'requiresSignature'> {
  requiresSignature: number;
}

const COLUMNS = `number, text, sha256, requires_signature AS requiresSignature, note, author, created_at AS createdAt`;

const toVersion = (row: VersionRow): CharterVersion => ({ ...row, requiresSignature: row.requiresSignature === 1 });

/** The version a member must have signed (or a later one): the latest that asked for signatures. */
export const REQUIRED_VERSION_SQL = `(SELECT COALESCE(MAX(number), 1) FROM charter_versions WHERE requires_signature = 1)`;

/** Whether the member in `memberColumn` signed the required version or a later one. */
export function charterSignedSql(memberColumn: string): string {
  return `EXISTS (SELECT 1 FROM charter_signatures cs WHERE cs.member_id = ${memberColumn} AND cs.version >= ${REQUIRED_VERSION_SQL})`;
}

function insertVersion(db: Db, version: Omit<CharterVersion, 'sha256'> & { authorStaffId: number | null }): CharterVersion {
  sql(
    db,
    `INSERT INTO charter_versions (number, text, sha256, requires_signature, note, author, author_staff_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(version.number, version.text, sha256(version.text), version.requiresSignature ? 1 : 0, version.note, version.author, version.authorStaffId, version.createdAt);
  return getVersion(db, version.number);
}

/**
 * The charter in force. A new database gets the default text shipped in resources/ as version 1
 * the first time anyone reads it (the same text, and hash, in every new space).
 */
export function currentVersion(db: Db, at: string): CharterVersion {
  const row = sql(db, `SELECT ${COLUMNS} FROM charter_versions ORDER BY number DESC LIMIT 1`).get() as VersionRow | undefined;
  if (row) return toVersion(row);
  const text = readResource(DEFAULT_CHARTER_FILE).trim();
  return insertVersion(db, { number: 1, text, requiresSignature: true, note: '', author: 'Relais', authorStaffId: null, createdAt: at });
}

export function getVersion(db: Db, number: number): CharterVersion {
  const row = sql(db, `SELECT ${COLUMNS} FROM charter_versions WHERE number = ?`).get(number) as VersionRow | undefined;
  if (!row) throw new Refusal('errors.charter.no_such_version', { number }, { code: 'not_found', field: 'version' });
  return toVersion(row);
}

export function listVersions(db: Db, at: string): CharterVersionSummary[] {
  currentVersion(db, at);
  const rows = sql(
    db,
    `SELECT number, sha256, requires_signature AS requiresSignature, note, author, created_at AS createdAt,
            (SELECT COUNT(*) FROM charter_signatures s WHERE s.version = v.number) AS signatures
       FROM charter_versions v ORDER BY number DESC`,
  ).all() as (Omit<VersionRow, 'text'> & { signatures: number })[];
  return rows.map((row) => ({ ...row, requiresSignature: row.requiresSignature === 1 }));
}

/** Saving an edit writes the next version; signed versions are never touched. */
export function saveVersion(db: Db, input: SaveVersionInput, author: { staffId: number | null; name: string }, at: string): CharterVersion {
  const current = currentVersion(db, at);
  if (input.basedOn !== undefined && input.basedOn !== current.number) {
    throw new Refusal('errors.charter.edited_meanwhile', { basedOn: input.basedOn, number: current.number }, { code: 'conflict', field: 'text' });
  }
  if (current.text.trim() === input.text) throw new Refusal('errors.charter.unchanged', { number: current.number }, { field: 'text' });
  return insertVersion(db, {
    number: current.number + 1,
    text: input.text,
    requiresSignature: input.requiresSignature,
    note: input.note,
    author: author.name,
    authorStaffId: author.staffId,
    createdAt: at,
  });
}

/** What changed between two versions, word by word. */
export function diffVersions(db: Db, from: number, to: number): DiffPart[] {
  const before = getVersion(db, from).text;
  const after = getVersion(db, to).text;
  // Word by word while that stays quick; two texts with little in common are compared line by line.
  const parts = diffWords(before, after, { timeout: DIFF_TIMEOUT_MS }) ?? diffLines(before, after);
  return parts.map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}
