import type { OutputOf } from '../../../../main/api/contract';

type Member = OutputOf<'members.get'>['member'];

/** The values the member form offers, in the order people expect them. */
export const PROFILES = ['independent', 'remote_employee', 'business_creator', 'job_seeker', 'student', 'trainee', 'other'] as const satisfies readonly Member['profile'][];
export const COMMUTE_MODES = ['car', 'carpool', 'public_transport', 'bike', 'walk', 'other', 'unknown'] as const satisfies readonly Member['commuteMode'][];
