import { checkIn, checkOut, presentOn } from '../../domain/attendance/attendance';
import { isoDate } from '../../domain/common/time';
import { addMembership, markMembershipPaid } from '../../domain/memberships/memberships';
import { addPlan, endPlan } from '../../domain/plans/plans';
import type { attendanceContract, plansContract } from '../contract/attendance';
import type { HandlersFor } from './types';

export const attendanceHandlers: HandlersFor<typeof attendanceContract> = {
  'attendance.checkIn': ({ db, now }, { at, ...input }) => checkIn(db, { ...input, at: at ? new Date(at) : now }),
  'attendance.checkOut': ({ db, now }, { at, memberId }) => checkOut(db, { memberId, at: at ? new Date(at) : now }),
  'attendance.present': ({ db }, { date }) => presentOn(db, date),
};

export const plansHandlers: HandlersFor<typeof plansContract> = {
  'memberships.add': ({ db, now, at }, { memberId, startDate, paid }) => addMembership(db, memberId, startDate, paid, isoDate(now), at),
  'memberships.markPaid': ({ db }, { membershipId, paidOn }) => markMembershipPaid(db, membershipId, paidOn),
  'plans.add': ({ db, now, at }, input) => addPlan(db, input, isoDate(now), at),
  'plans.end': ({ db, now }, { planId, endDate }) => endPlan(db, planId, endDate, isoDate(now)),
};
