import { callsOf } from '../calls/calls';
import { eraseSignatureDrawings, signaturesOf } from '../charter/signatures';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { visitsOf } from '../attendance/attendance';
import { eraseBookingNotes, listBookings } from '../bookings/bookings';
import { Refusal } from '../common/refusal';
import { membershipsOf } from '../memberships/memberships';
import { plansOf } from '../plans/plans';
import { listInvoices } from '../invoicing/list';
import { listPayments } from '../payments/payments';
import { memberDataPage } from './export-page';
import { dropOrphanOrganisation, getMember, organisationOf } from './members';
import type { Member } from './schema';

/** Everything Relais holds about a member, for their right of access (RGPD art. 15). */
export function exportMember(db: Db, memberId: number, today: string, at: string) {
  const member = getMember(db, memberId);
  const data = {
    exportedAt: at,
    member,
    memberships: membershipsOf(db, memberId),
    plans: plansOf(db, memberId, today),
    visits: visitsOf(db, memberId, 100_000),
    bookings: listBookings(db, { from: '0000-01-01', to: '9999-12-31', memberId, all: true }),
    charterSignatures: signaturesOf(db, memberId),
    calls: callsOf(db, memberId),
    invoices: listInvoices(db, { memberId }, today),
    payments: listPayments(db, { memberId }, today),
    privacyNoticeAcceptedAt: (db.prepare('SELECT privacy_accepted_at FROM members WHERE id = ?').pluck().get(memberId) as string | null) ?? null,
  };
  return { data, html: memberDataPage(data), fileName: `relais-membre-${memberId}-${today}` };
}

/**
 * Erases who a member was (name, contact, address, notes, their own organisation) once they have
 * left. What they did stays — memberships, plans, visits, bookings (without their notes), issued
 * invoices (with the buyer as printed) and payments — under an anonymous record, so that the space's
 * figures and the records the law keeps remain.
 */
export function anonymiseMember(db: Db, memberId: number, at: string): Member {
  const member = getMember(db, memberId);
  if (member.anonymised) throw new Refusal('errors.members.anonymised', {}, { field: 'memberId' });
  if (member.status !== 'left') throw new Refusal('errors.members.anonymise_active', {}, { field: 'memberId' });
  if (sql(db, 'SELECT 1 FROM attendances WHERE member_id = ? AND left_at IS NULL').get(memberId)) {
    throw new Refusal('errors.members.anonymise_present', {}, { field: 'memberId' });
  }
  // Their drafts must be issued (or thrown away) first: an invoice cannot be addressed to nobody.
  if (sql(db, 'SELECT 1 FROM invoices WHERE member_id = ? AND number IS NULL').get(memberId)) {
    throw new Refusal('errors.members.anonymise_drafts', {}, { field: 'memberId' });
  }
  const organisation = organisationOf(db, memberId);
  eraseBookingNotes(db, memberId);
  sql(db, 
    `UPDATE members SET first_name = 'Membre', last_name = 'anonymisé n° ' || id, email = '', phone = '', address = '', postcode = '',
            city = '', insee_code = '', notes = '', organisation_id = NULL, anonymised_at = ?
      WHERE id = ?`,
  ).run(at, memberId);
  eraseSignatureDrawings(db, memberId);
  sql(db, "UPDATE calls SET note = '' WHERE member_id = ?").run(memberId);

  dropOrphanOrganisation(db, organisation);
  return getMember(db, memberId);
}
