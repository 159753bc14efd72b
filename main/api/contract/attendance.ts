import * as z from 'zod';
import { CheckInInput, CheckOutInput, PresenceQuery, Visit } from '../../domain/attendance/schema';
import { AddMembershipInput, MarkPaidInput, Membership } from '../../domain/memberships/schema';
import { AddPlanInput, EndPlanInput, Plan } from '../../domain/plans/schema';
import { ALL_STAFF, method } from '../define';

const MEMBER_FLAG = { memberId: 'member' };

export const attendanceContract = {
  'attendance.checkIn': method({
    summary: 'A member arrives: their half-day is covered by their plan, a carnet (debited once) or the drop-in price',
    input: CheckInInput,
    output: Visit,
    roles: ALL_STAFF,
    cli: { command: 'checkin', flags: MEMBER_FLAG },
  }),
  'attendance.checkOut': method({
    summary: 'A member leaves: each half-day their visit overlapped is counted once',
    input: CheckOutInput,
    output: Visit,
    roles: ALL_STAFF,
    cli: { command: 'checkout', flags: MEMBER_FLAG },
  }),
  'attendance.present': method({
    summary: 'Who came on a date: seat, arrival, departure, how they are covered',
    input: PresenceQuery,
    output: z.array(Visit),
    roles: ALL_STAFF,
    cli: { command: 'presence' },
  }),
};

export const plansContract = {
  'memberships.add': method({
    summary: 'Record a member’s yearly membership fee (calendar year or twelve months, per settings)',
    input: AddMembershipInput,
    output: Membership,
    roles: ALL_STAFF,
    audit: 'membership_changed',
  }),
  'memberships.markPaid': method({
    summary: 'Record that a membership fee was paid',
    input: MarkPaidInput,
    output: Membership,
    roles: ALL_STAFF,
    audit: 'membership_changed',
  }),
  'plans.add': method({
    summary: 'Sell a plan at today’s tariff: a permanent desk, a carnet of half-days or days, a trainee seat',
    input: AddPlanInput,
    output: Plan,
    roles: ALL_STAFF,
    audit: 'plan_changed',
  }),
  'plans.end': method({
    summary: 'End a permanent or trainee plan on a date',
    input: EndPlanInput,
    output: Plan,
    roles: ALL_STAFF,
    audit: 'plan_changed',
  }),
};
