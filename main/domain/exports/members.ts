import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { membershipsOf } from '../memberships/memberships';
import type { Membership } from '../memberships/schema';
import { getMember } from '../members/members';
import type { Member } from '../members/schema';
import { memberAccount } from '../payments/payments';
import type { MemberAccount } from '../payments/schema';
import { amount, columns, day, label, message, text, toCsv, type CsvTable } from './format';
import type { Period } from './schema';

interface Row {
  member: Member;
  /** The membership in force during the period (the latest one), if any. */
  membership: Membership | undefined;
  /** Invoices less credit notes issued in the period, VAT included. */
  billedCents: number;
  /** Money received in the period, cancelled payments taken off (the member's own credit is not money). */
  receivedCents: number;
  account: MemberAccount;
}

const MEMBER_COLUMNS = columns<Row>('members', [
  ['id', (r) => r.member.id],
  ['lastName', (r) => text(r.member.lastName)],
  ['firstName', (r) => text(r.member.firstName)],
  ['organisation', (r) => text(r.member.organisationName)],
  ['organisationSiren', (r) => r.member.organisationSiren],
  ['profile', (r) => label('profile', r.member.profile)],
  ['status', (r) => message(`csv.memberStatus.${r.member.anonymised ? 'anonymised' : r.member.status}`)],
  ['joinedOn', (r) => day(r.member.joinedOn)],
  ['leftOn', (r) => day(r.member.leftOn)],
  ['membershipFrom', (r) => day(r.membership?.startDate ?? null)],
  ['membershipTo', (r) => day(r.membership?.endDate ?? null)],
  ['membershipFee', (r) => (r.membership ? amount(r.membership.priceCents) : '')],
  ['membershipPaidOn', (r) => day(r.membership?.paidOn ?? null)],
  ['billed', (r) => amount(r.billedCents)],
  ['received', (r) => amount(r.receivedCents)],
  ['due', (r) => amount(r.account.dueCents)],
  ['credit', (r) => amount(r.account.creditCents)],
]);

/**
 * The members of the period — there at some time in it, or billed or paying in it — with what a
 * treasurer follows: organisation, membership fee, billed and received in the period, due and credit
 * today. No contact details; an anonymised member stays the anonymous record they became.
 */
export function membersCsv(db: Db, period: Period): CsvTable {
  const members = sql(
    db,
    `SELECT m.id,
            (SELECT coalesce(sum(i.gross_cents), 0) FROM invoices i
              WHERE i.member_id = m.id AND i.number IS NOT NULL AND i.issue_date BETWEEN :from AND :to) AS billedCents,
            (SELECT coalesce(sum(p.amount_cents), 0) FROM payments p
              WHERE p.member_id = m.id AND p.method <> 'credit' AND p.date BETWEEN :from AND :to) AS receivedCents
       FROM members m
      WHERE (m.joined_on <= :to AND (m.left_on IS NULL OR m.left_on >= :from))
         OR EXISTS (SELECT 1 FROM invoices i WHERE i.member_id = m.id AND i.number IS NOT NULL AND i.issue_date BETWEEN :from AND :to)
         OR EXISTS (SELECT 1 FROM payments p WHERE p.member_id = m.id AND p.date BETWEEN :from AND :to)
      ORDER BY m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE, m.id`,
  ).all(period) as { id: number; billedCents: number; receivedCents: number }[];
  const rows = members.map(({ id, billedCents, receivedCents }) => ({
    member: getMember(db, id),
    membership: membershipsOf(db, id).find((m) => m.startDate <= period.to && m.endDate >= period.from),
    billedCents,
    receivedCents,
    account: memberAccount(db, id),
  }));
  return toCsv(MEMBER_COLUMNS, rows);
}
