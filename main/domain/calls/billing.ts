import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { lastDayOfMonth } from '../common/time';
import { readSection } from '../settings/store';
import type { PhoneSettings } from '../settings/schema';
import type { CallClass } from './numbers';
import type { MonthlyCalls } from './schema';


interface CallRow {
  memberId: number;
  memberName: string;
  direction: 'in' | 'out';
  class: CallClass;
  durationSeconds: number;
}

/** Every started minute counts: 61 seconds are two minutes. */
export const startedMinutes = (seconds: number) => Math.ceil(seconds / 60);


/** The largest monthly allowance among the plans a member held during the month. */
function allowanceOf(db: Db, memberId: number, month: string, allowance: PhoneSettings['allowanceMinutes']): number {
  const kinds = sql(db, 'SELECT DISTINCT kind FROM plans WHERE member_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)')
    .all(memberId, lastDayOfMonth(month), `${month}-01`) as { kind: 'permanent' | 'trainee' | 'carnet' }[];
  return Math.max(allowance.none, ...kinds.map(({ kind }) => allowance[kind]));
}

function billMember(rows: CallRow[], policy: PhoneSettings, allowance: number): MonthlyCalls {
  const first = rows[0] as CallRow;
  const total: MonthlyCalls = { memberId: first.memberId, memberName: first.memberName, calls: rows.length, minutes: 0, includedMinutes: 0, allowanceMinutes: 0, rebilledMinutes: 0, amountCents: 0, forbiddenCalls: 0 };
  let allowanceLeft = allowance;
  for (const call of rows) {
    if (call.direction !== 'out') continue;
    const minutes = startedMinutes(call.durationSeconds);
    const rule = policy.rules[call.class];
    total.minutes += minutes;
    if (rule.mode === 'included') total.includedMinutes += minutes;
    if (rule.mode === 'forbidden') total.forbiddenCalls += 1;
    if (rule.mode !== 'rebilled') continue;
    const covered = Math.min(allowanceLeft, minutes);
    allowanceLeft -= covered;
    total.allowanceMinutes += covered;
    total.rebilledMinutes += minutes - covered;
    total.amountCents += (minutes - covered) * rule.centsPerMinute;
  }
  return total;
}

/**
 * Per member, the month's calls and what to re-bill: each started minute of a re-billed class at its
 * price, after the minutes their plan includes (taken in the order the calls were made).
 */
export function monthlyCalls(db: Db, month: string): MonthlyCalls[] {
  const policy = readSection(db, 'phone');
  const rows = sql(
    db,
    `SELECT c.member_id AS memberId, m.first_name || ' ' || m.last_name AS memberName, c.direction, c.class, c.duration_s AS durationSeconds
       FROM calls c JOIN members m ON m.id = c.member_id
      WHERE c.month = ?
      ORDER BY m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE, c.member_id, c.started_at`,
  ).all(month) as CallRow[];
  const byMember = new Map<number, CallRow[]>();
  for (const row of rows) byMember.set(row.memberId, [...(byMember.get(row.memberId) ?? []), row]);
  return [...byMember.values()].map((calls) => billMember(calls, policy, allowanceOf(db, (calls[0] as CallRow).memberId, month, policy.allowanceMinutes)));
}
