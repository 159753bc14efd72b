import * as z from 'zod';
import { Visit } from '../../domain/attendance/schema';
import { CharterStanding, Signature } from '../../domain/charter/schema';
import { AddMemberInput, Member, MemberQuery, MemberRef, MemberSummary, SetStatusInput, UpdateMemberInput } from '../../domain/members/schema';
import { Membership } from '../../domain/memberships/schema';
import { Plan } from '../../domain/plans/schema';
import { ADMIN, ALL_STAFF, method } from '../define';

/** A member's page: who they are, their memberships and plans, their recent visits. */
export const MemberDetail = z.strictObject({
  member: Member,
  memberships: z.array(Membership),
  membershipLapsed: z.boolean(),
  plans: z.array(Plan),
  visits: z.array(Visit),
  /** In the space right now (checked in, not out). */
  present: z.boolean(),
  charter: CharterStanding,
  signatures: z.array(Signature),
});

const MEMBER_FLAG = { memberId: 'member' };

export const membersContract = {
  'members.list': method({
    summary: 'Members with their plans today, membership and last visit; search by name, e-mail or phone',
    input: MemberQuery,
    output: z.array(MemberSummary),
    roles: ALL_STAFF,
    cli: { command: 'members list' },
  }),
  'members.get': method({
    summary: 'Everything about one member: identity, memberships, plans with carnet balances, recent visits',
    input: MemberRef,
    output: MemberDetail,
    roles: ALL_STAFF,
    cli: { command: 'members show', flags: MEMBER_FLAG },
  }),
  'members.add': method({
    summary: 'Register a member (refused as a possible duplicate unless --confirm-duplicate)',
    input: AddMemberInput,
    output: Member,
    roles: ALL_STAFF,
    audit: 'member_changed',
    auditInput: false,
    cli: { command: 'members add' },
  }),
  'members.update': method({
    summary: 'Change a member’s identity, contact, organisation, profile or commute',
    input: UpdateMemberInput,
    output: Member,
    roles: ALL_STAFF,
    audit: 'member_changed',
    auditInput: false,
  }),
  'members.setStatus': method({
    summary: 'Record that a member left the space (or came back)',
    input: SetStatusInput,
    output: Member,
    roles: ALL_STAFF,
    audit: 'member_changed',
    auditInput: false,
  }),
  'members.export': method({
    summary: 'Everything held about a member, as JSON and as a readable page (right of access)',
    input: MemberRef,
    output: z.strictObject({ data: z.record(z.string(), z.unknown()), html: z.string(), fileName: z.string() }),
    roles: ALL_STAFF,
    audit: 'member_exported',
    auditInput: false,
    cli: { command: 'members export', flags: MEMBER_FLAG },
  }),
  'members.anonymise': method({
    summary: 'Erase the identity of a member who left; their history stays, anonymous',
    input: MemberRef,
    output: Member,
    roles: ADMIN,
    audit: 'member_anonymised',
    auditInput: false,
    cli: { command: 'members anonymise', flags: MEMBER_FLAG },
  }),
};
