import type { Db } from '../../db/open';
import { monthlyCalls, startedMinutes } from '../calls/billing';
import { listCalls } from '../calls/calls';
import type { Call } from '../calls/schema';
import type { PhoneSettings } from '../settings/schema';
import { readSection } from '../settings/store';
import { amount, columns, dayTime, label, message, phone, text, toCsv, type CsvTable } from './format';
import type { Period } from './schema';

interface Row {
  call: Call;
  /** What the policy does with a call out: `included`, `rebilled`, `forbidden`; null for a call in. */
  mode: string | null;
  /** This call's share of the member's monthly amount to re-bill. */
  amountCents: number;
}

const CALL_COLUMNS = columns<Row>('calls', [
  ['id', (r) => r.call.id],
  ['startedAt', (r) => dayTime(r.call.startedAt)],
  ['direction', (r) => label('direction', r.call.direction)],
  ['number', (r) => phone(r.call.e164, r.call.number)],
  ['class', (r) => label('class', r.call.class)],
  ['seconds', (r) => r.call.durationSeconds],
  ['minutes', (r) => startedMinutes(r.call.durationSeconds)],
  ['memberId', (r) => r.call.memberId ?? ''],
  ['member', (r) => text(r.call.memberName)],
  ['rule', (r) => (r.mode ? message(`csv.callRule.${r.mode}`) : '')],
  ['amount', (r) => amount(r.amountCents)],
  ['source', (r) => label('source', r.call.source)],
]);

/** `2026-11`, `2026-12`, `2027-01`…: the months the period touches. */
function monthsOf(period: Period): string[] {
  const [fromYear, fromMonth] = period.from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = period.to.split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let index = fromYear * 12 + fromMonth - 1; index <= toYear * 12 + toMonth - 1; index++) {
    months.push(`${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/**
 * A month's calls, oldest first, each with what it adds to the member's re-billing: the monthly
 * summary says how many re-billed minutes the plan's allowance covered, taken in the order the calls
 * were made, so that the calls' amounts add up to the month's amount for that member.
 */
function monthRows(db: Db, month: string, rules: PhoneSettings['rules']): Row[] {
  const allowance = new Map(monthlyCalls(db, month).map((summary) => [summary.memberId, summary.allowanceMinutes]));
  const calls = listCalls(db, { month }).sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id - b.id);
  return calls.map((call) => {
    if (call.direction !== 'out') return { call, mode: null, amountCents: 0 };
    const rule = rules[call.class];
    if (rule.mode !== 'rebilled' || call.memberId === null) return { call, mode: rule.mode, amountCents: 0 };
    const minutes = startedMinutes(call.durationSeconds);
    const covered = Math.min(allowance.get(call.memberId) ?? 0, minutes);
    allowance.set(call.memberId, (allowance.get(call.memberId) ?? 0) - covered);
    return { call, mode: rule.mode, amountCents: (minutes - covered) * rule.centsPerMinute };
  });
}

/** The shared line's calls made in the period, with the class, the member and the amount to re-bill. */
export function callsCsv(db: Db, period: Period): CsvTable {
  const { rules } = readSection(db, 'phone');
  const rows = monthsOf(period).flatMap((month) =>
    monthRows(db, month, rules).filter(({ call }) => {
      const date = call.startedAt.slice(0, 10);
      return date >= period.from && date <= period.to;
    }),
  );
  return toCsv(CALL_COLUMNS, rows);
}
