import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { requireActiveMember } from '../members/members';
import { drawingSvg, looksDrawn, pngBytes } from './drawing';
import type { CharterStanding, Drawing, SignatureMethod, SignInput, Signature, SignStatusRow } from './schema';
import { charterSignedSql, currentVersion, REQUIRED_VERSION_SQL, sha256 } from './versions';

const SELECT = `
  SELECT s.id, s.member_id AS memberId, m.first_name || ' ' || m.last_name AS memberName, s.version,
         s.text_sha256 AS textSha256, s.signed_at AS signedAt, s.method, s.witness, s.drawing_sha256 AS drawingSha256, d.svg
    FROM charter_signatures s JOIN members m ON m.id = s.member_id
    LEFT JOIN charter_signature_drawings d ON d.signature_id = s.id`;

/**
 * Records a member's signature of the version they read. Refused when the charter changed while they
 * read it, or when the pad holds no real drawing. The row is immutable (database triggers).
 */
export function signCharter(db: Db, input: SignInput, how: { method: SignatureMethod; witness: string }, at: string): Signature {
  const member = requireActiveMember(db, input.memberId);
  const current = currentVersion(db, at);
  if (input.version !== current.number) {
    throw new Refusal('errors.charter.changed_meanwhile', { number: current.number }, { code: 'conflict', field: 'version' });
  }
  if (!looksDrawn(input.drawing)) throw new Refusal('errors.charter.signature_empty', {}, { field: 'drawing' });
  const png = pngBytes(input.png);
  if (!png) throw new Refusal('errors.charter.signature_not_png', {}, { field: 'png' });
  const id = insertSignature(db, { memberId: member.id, version: current.number, textSha256: current.sha256, at, ...how, drawing: input.drawing, png });
  return getSignature(db, id);
}

export interface SignatureRecord {
  memberId: number;
  version: number;
  textSha256: string;
  at: string;
  method: SignatureMethod;
  witness: string;
  drawing: Drawing;
  png: Buffer;
}

/** Writes a signature and its drawing as given (the demonstration data uses it too). */
export function insertSignature(db: Db, record: SignatureRecord): number {
  const strokes = JSON.stringify(record.drawing);
  const { lastInsertRowid } = sql(
    db,
    `INSERT INTO charter_signatures (member_id, version, text_sha256, signed_at, method, witness, drawing_sha256)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(record.memberId, record.version, record.textSha256, record.at, record.method, record.witness, sha256(strokes));
  const id = Number(lastInsertRowid);
  sql(db, 'INSERT INTO charter_signature_drawings (signature_id, strokes, svg, png) VALUES (?, ?, ?, ?)').run(id, strokes, drawingSvg(record.drawing), record.png);
  return id;
}

export function getSignature(db: Db, id: number): Signature {
  const row = sql(db, `${SELECT} WHERE s.id = ?`).get(id) as Signature | undefined;
  if (!row) throw new Refusal('errors.charter.no_such_signature', {}, { code: 'not_found', field: 'signatureId' });
  return row;
}

/** The strokes of a signature, for its printed copy; null once erased. */
export function signatureDrawing(db: Db, id: number): Drawing | null {
  const row = sql(db, 'SELECT strokes FROM charter_signature_drawings WHERE signature_id = ?').get(id) as { strokes: string } | undefined;
  return row ? (JSON.parse(row.strokes) as Drawing) : null;
}

export function signaturesOf(db: Db, memberId: number): Signature[] {
  return sql(db, `${SELECT} WHERE s.member_id = ? ORDER BY s.signed_at DESC, s.id DESC`).all(memberId) as Signature[];
}

export function standingOf(db: Db, memberId: number, at: string): CharterStanding {
  const current = currentVersion(db, at);
  const { requiredVersion } = sql(db, `SELECT ${REQUIRED_VERSION_SQL} AS requiredVersion`).get() as { requiredVersion: number };
  const latest = sql(db, 'SELECT version, signed_at AS signedAt FROM charter_signatures WHERE member_id = ? ORDER BY version DESC, id DESC LIMIT 1').get(memberId) as
    | { version: number; signedAt: string }
    | undefined;
  return {
    currentVersion: current.number,
    requiredVersion,
    signedVersion: latest?.version ?? null,
    signedAt: latest?.signedAt ?? null,
    upToDate: latest !== undefined && latest.version >= requiredVersion,
  };
}

/** Every active member, those who must sign first, with the latest version each one signed. */
export function signStatus(db: Db, at: string): SignStatusRow[] {
  currentVersion(db, at);
  const rows = sql(
    db,
    `SELECT m.id AS memberId, m.first_name AS firstName, m.last_name AS lastName, latest.version AS signedVersion, latest.signedAt,
            COALESCE(latest.version >= ${REQUIRED_VERSION_SQL}, 0) AS upToDate
       FROM members m
       LEFT JOIN (SELECT member_id, version, signed_at AS signedAt,
                         ROW_NUMBER() OVER (PARTITION BY member_id ORDER BY version DESC, id DESC) AS rank
                    FROM charter_signatures) latest
              ON latest.member_id = m.id AND latest.rank = 1
      WHERE m.status = 'active'
      ORDER BY upToDate, m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE`,
  ).all() as (Omit<SignStatusRow, 'upToDate'> & { upToDate: number })[];
  return rows.map((row) => ({ ...row, upToDate: row.upToDate === 1 }));
}

/** The anonymised member's drawings go; the record that they signed, and which text, stays. */
export function eraseSignatureDrawings(db: Db, memberId: number): void {
  sql(db, 'DELETE FROM charter_signature_drawings WHERE signature_id IN (SELECT id FROM charter_signatures WHERE member_id = ?)').run(memberId);
}

/** Which of these members have not signed the version they must have signed. */
export function unsignedAmong(db: Db, memberIds: Iterable<number>): number[] {
  const ids = [...new Set(memberIds)];
  if (ids.length === 0) return [];
  const rows = sql(db, `SELECT value FROM json_each(?) WHERE NOT ${charterSignedSql('value')} ORDER BY value`).all(JSON.stringify(ids)) as { value: number }[];
  return rows.map((row) => row.value);
}
