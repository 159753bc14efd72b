import { signaturesOf, standingOf } from '../../domain/charter/signatures';
import { visitsOf } from '../../domain/attendance/attendance';
import { isoDate } from '../../domain/common/time';
import { anonymiseMember, exportMember } from '../../domain/members/gdpr';
import { listMembers } from '../../domain/members/list';
import { addMember, getMember, setMemberStatus, updateMember } from '../../domain/members/members';
import { membershipsOf } from '../../domain/memberships/memberships';
import { plansOf } from '../../domain/plans/plans';
import type { CallContext } from '../context';
import type { membersContract } from '../contract/members';
import type { HandlersFor } from './types';

/** Member records are named by number in the audit log, which must hold no personal data. */
function audited<T extends { id: number }>(ctx: CallContext, member: T): T {
  ctx.auditExtra.subject = `n° ${member.id}`;
  return member;
}

export const membersHandlers: HandlersFor<typeof membersContract> = {
  'members.list': ({ db, now }, query) => listMembers(db, query, isoDate(now)),
  'members.get': ({ db, now, at }, { memberId }) => {
    const today = isoDate(now);
    const memberships = membershipsOf(db, memberId);
    const visits = visitsOf(db, memberId, 50);
    return {
      member: getMember(db, memberId),
      memberships,
      membershipLapsed: !memberships.some((m) => m.startDate <= today && m.endDate >= today),
      plans: plansOf(db, memberId, today),
      visits,
      present: visits.some((visit) => visit.leftAt === null),
      charter: standingOf(db, memberId, at),
      signatures: signaturesOf(db, memberId),
    };
  },
  'members.add': (ctx, { confirmDuplicate, ...member }) => audited(ctx, addMember(ctx.db, member, confirmDuplicate, isoDate(ctx.now), ctx.at)),
  'members.update': (ctx, { memberId, ...member }) => audited(ctx, updateMember(ctx.db, memberId, member, ctx.at)),
  'members.setStatus': (ctx, { memberId, status, on }) => audited(ctx, setMemberStatus(ctx.db, memberId, status, on, ctx.at)),
  'members.export': (ctx, { memberId }) => {
    ctx.auditExtra.subject = `n° ${memberId}`;
    return exportMember(ctx.db, memberId, isoDate(ctx.now), ctx.at);
  },
  'members.anonymise': (ctx, { memberId }) => audited(ctx, anonymiseMember(ctx.db, memberId, ctx.at)),
};
