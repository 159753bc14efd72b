import type { Db } from '../../db/open';
import { cancelBookingsFrom } from '../bookings/bookings';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import type { Member, MemberInput } from './schema';

interface MemberRow {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  address: string;
  postcode: string;
  city: string;
  inseeCode: string;
  organisationName: string | null;
  organisationSiren: string | null;
  organisationAddress: string | null;
  profile: Member['profile'];
  commuteMode: Member['commuteMode'];
  commuteConsent: number;
  metresToWorkplace: number | null;
  metresToSpace: number | null;
  businessCreatedOn: string | null;
  notes: string;
  status: Member['status'];
  joinedOn: string;
  leftOn: string | null;
  anonymisedAt: string | null;
}

const SELECT = `
  SELECT m.id, m.first_name AS firstName, m.last_name AS lastName, m.email, m.phone, m.address, m.postcode, m.city,
         m.insee_code AS inseeCode, o.name AS organisationName, o.siren AS organisationSiren, o.address AS organisationAddress,
         m.profile, m.commute_mode AS commuteMode, m.commute_consent AS commuteConsent,
         m.metres_to_workplace AS metresToWorkplace, m.metres_to_space AS metresToSpace,
         m.business_created_on AS businessCreatedOn, m.notes, m.status,
         m.joined_on AS joinedOn, m.left_on AS leftOn, m.anonymised_at AS anonymisedAt
    FROM members m LEFT JOIN organisations o ON o.id = m.organisation_id`;

const km = (metres: number | null) => (metres === null ? null : metres / 1000);
const metres = (kilometres: number | null) => (kilometres === null ? null : Math.round(kilometres * 1000));

function toMember(row: MemberRow): Member {
  const { commuteConsent, metresToWorkplace, metresToSpace, anonymisedAt, organisationName, organisationSiren, organisationAddress, ...rest } = row;
  return {
    ...rest,
    organisationName: organisationName ?? '',
    organisationSiren: organisationSiren ?? '',
    organisationAddress: organisationAddress ?? '',
    commuteConsent: commuteConsent === 1,
    kmToWorkplace: km(metresToWorkplace),
    kmToSpace: km(metresToSpace),
    anonymised: anonymisedAt !== null,
  };
}

export function getMember(db: Db, id: number): Member {
  const row = sql(db, `${SELECT} WHERE m.id = ?`).get(id) as MemberRow | undefined;
  if (!row) throw new Refusal('errors.members.not_found', {}, { code: 'not_found', field: 'memberId' });
  return toMember(row);
}

/** A member who may still come: not gone, not anonymised. */
export function requireActiveMember(db: Db, id: number): Member {
  const member = getMember(db, id);
  if (member.status !== 'active') throw new Refusal('errors.members.left', { name: `${member.firstName} ${member.lastName}` }, { field: 'memberId' });
  return member;
}

/** The organisation an invoice goes to: found by SIREN (or by name when there is none), else created. */
function organisationFor(db: Db, input: MemberInput, at: string): number | null {
  if (input.organisationName === '') return null;
  const existing = (
    input.organisationSiren !== ''
      ? sql(db, 'SELECT id FROM organisations WHERE siren = ?').get(input.organisationSiren)
      : sql(db, "SELECT id FROM organisations WHERE siren = '' AND name = ? COLLATE NOCASE").get(input.organisationName)
  ) as { id: number } | undefined;
  if (existing) {
    sql(db, 'UPDATE organisations SET name = ?, address = ? WHERE id = ?').run(input.organisationName, input.organisationAddress, existing.id);
    return existing.id;
  }
  const { lastInsertRowid } = db
    .prepare('INSERT INTO organisations (name, siren, address, created_at) VALUES (?, ?, ?, ?)')
    .run(input.organisationName, input.organisationSiren, input.organisationAddress, at);
  return Number(lastInsertRowid);
}

function columns(db: Db, input: MemberInput, at: string) {
  // `at` is the desk's clock in Paris time: its date part is today.
  if (input.businessCreatedOn !== null && input.businessCreatedOn > at.slice(0, 10)) {
    throw new Refusal('errors.members.business_in_future', { date: input.businessCreatedOn }, { field: 'businessCreatedOn' });
  }
  return {
    first_name: input.firstName,
    last_name: input.lastName,
    email: input.email,
    phone: input.phone,
    address: input.address,
    postcode: input.postcode,
    city: input.city,
    insee_code: input.inseeCode,
    organisation_id: organisationFor(db, input, at),
    profile: input.profile,
    commute_mode: input.commuteMode,
    commute_consent: input.commuteConsent ? 1 : 0,
    metres_to_workplace: metres(input.kmToWorkplace),
    metres_to_space: metres(input.kmToSpace),
    business_created_on: input.businessCreatedOn,
    notes: input.notes,
  };
}

/** Members who may be the same person: same e-mail, or same name and phone. */
export function possibleDuplicates(db: Db, input: MemberInput, exceptId = 0): Member[] {
  const rows = db
    .prepare(
      `${SELECT}
        WHERE m.id <> :exceptId AND m.anonymised_at IS NULL
          AND ((:email <> '' AND m.email = :email COLLATE NOCASE)
            OR (m.first_name = :first COLLATE NOCASE AND m.last_name = :last COLLATE NOCASE AND (:phone = '' OR m.phone = '' OR m.phone = :phone)))
        ORDER BY m.id`,
    )
    .all({ exceptId, email: input.email, first: input.firstName, last: input.lastName, phone: input.phone }) as MemberRow[];
  return rows.map(toMember);
}

export function addMember(db: Db, input: MemberInput, confirmDuplicate: boolean, today: string, at: string): Member {
  if (!confirmDuplicate) {
    const duplicates = possibleDuplicates(db, input);
    const first = duplicates[0];
    if (first) {
      throw new Refusal(
        'errors.members.possible_duplicate',
        { name: `${first.firstName} ${first.lastName}`, count: duplicates.length },
        { code: 'conflict', details: { duplicates: duplicates.map((d) => ({ id: d.id, firstName: d.firstName, lastName: d.lastName, email: d.email, phone: d.phone })) } },
      );
    }
  }
  const values = columns(db, input, at);
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO members (first_name, last_name, email, phone, address, postcode, city, insee_code, organisation_id, profile,
                            commute_mode, commute_consent, metres_to_workplace, metres_to_space, business_created_on, notes, joined_on, created_at)
       VALUES (:first_name, :last_name, :email, :phone, :address, :postcode, :city, :insee_code, :organisation_id, :profile,
               :commute_mode, :commute_consent, :metres_to_workplace, :metres_to_space, :business_created_on, :notes, :joined_on, :created_at)`,
    )
    .run({ ...values, joined_on: today, created_at: at });
  return getMember(db, Number(lastInsertRowid));
}

/** An organisation no member is billed through any more goes: it may be a person's own trading name. */
export function dropOrphanOrganisation(db: Db, organisationId: number | null): void {
  if (organisationId === null) return;
  sql(db, 'DELETE FROM organisations WHERE id = ? AND NOT EXISTS (SELECT 1 FROM members WHERE organisation_id = ?)').run(organisationId, organisationId);
}

export function organisationOf(db: Db, memberId: number): number | null {
  return sql(db, 'SELECT organisation_id FROM members WHERE id = ?').pluck().get(memberId) as number | null;
}

export function updateMember(db: Db, id: number, input: MemberInput, at: string): Member {
  const current = getMember(db, id);
  if (current.anonymised) throw new Refusal('errors.members.anonymised', {}, { field: 'memberId' });
  const previousOrganisation = organisationOf(db, id);
  sql(db, 
    `UPDATE members SET first_name = :first_name, last_name = :last_name, email = :email, phone = :phone, address = :address,
            postcode = :postcode, city = :city, insee_code = :insee_code, organisation_id = :organisation_id, profile = :profile,
            commute_mode = :commute_mode, commute_consent = :commute_consent, metres_to_workplace = :metres_to_workplace,
            metres_to_space = :metres_to_space, business_created_on = :business_created_on, notes = :notes
      WHERE id = :id`,
  ).run({ ...columns(db, input, at), id });
  dropOrphanOrganisation(db, previousOrganisation);
  return getMember(db, id);
}

/** The member stops coming; their history stays. Coming back reactivates them. */
export function setMemberStatus(db: Db, id: number, status: Member['status'], on: string, at: string): Member {
  const current = getMember(db, id);
  if (current.anonymised) throw new Refusal('errors.members.anonymised', {}, { field: 'memberId' });
  if (current.status === status) throw new Refusal(status === 'left' ? 'errors.members.already_left' : 'errors.members.already_active', {}, { field: 'memberId' });
  sql(db, 'UPDATE members SET status = ?, left_on = ? WHERE id = ?').run(status, status === 'left' ? on : null, id);
  if (status === 'left') cancelBookingsFrom(db, id, on, at);
  return getMember(db, id);
}
