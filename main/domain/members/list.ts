import type { Db } from '../../db/open';
import { charterSignedSql } from '../charter/versions';
import type { MemberSummary } from './schema';

interface SummaryRow extends Omit<MemberSummary, 'plans' | 'membershipLapsed' | 'charterSigned'> {
  plans: string | null;
  charterSigned: number;
}

/** Lower case, without accents: « Hélène » is found by typing « helene ». */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** `+33557510000` also answers to `0557510000` and `05 57 51 00 00`. */
function phoneForms(e164: string): string {
  return e164.startsWith('+33') ? `${e164} 0${e164.slice(3)}` : e164;
}

/** Members with what the desk needs at a glance: plans today, membership, last visit. */
export function listMembers(db: Db, options: { search: string; status: 'active' | 'left' | 'all' }, today: string): MemberSummary[] {
  // The last visit is the latest arrival, whose date is the visit's: read from the index (member_id,
  // arrived_at) alone, not from a table row per visit (16 000 of them after ten years).
  const rows = db
    .prepare(
      `SELECT m.id, m.first_name AS firstName, m.last_name AS lastName, m.email, m.phone, m.status, m.profile,
              coalesce(o.name, '') AS organisationName,
              (SELECT group_concat(DISTINCT p.kind) FROM plans p
                WHERE p.member_id = m.id AND p.start_date <= :today AND (p.end_date IS NULL OR p.end_date >= :today)) AS plans,
              (SELECT max(ms.end_date) FROM memberships ms WHERE ms.member_id = m.id) AS membershipUntil,
              (SELECT substr(max(a.arrived_at), 1, 10) FROM attendances a WHERE a.member_id = m.id) AS lastVisit,
              ${charterSignedSql('m.id')} AS charterSigned
         FROM members m LEFT JOIN organisations o ON o.id = m.organisation_id
        WHERE :status = 'all' OR m.status = :status
        ORDER BY m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE, m.id`,
    )
    .all({ today, status: options.status }) as SummaryRow[];
  const words = searchable(options.search).split(/\s+/).filter(Boolean);
  const digits = options.search.replace(/\D/g, '');
  return rows
    .filter((row) => {
      if (words.length === 0) return true;
      const haystack = searchable(`${row.firstName} ${row.lastName} ${row.email} ${row.organisationName}`);
      const phone = phoneForms(row.phone).replace(/[^\d ]/g, '');
      return words.every((word) => haystack.includes(word)) || (digits.length >= 4 && phone.includes(digits));
    })
    .map((row) => ({
      ...row,
      plans: (row.plans?.split(',') ?? []) as MemberSummary['plans'],
      membershipLapsed: row.membershipUntil === null || row.membershipUntil < today,
      charterSigned: row.charterSigned === 1,
    }));
}
