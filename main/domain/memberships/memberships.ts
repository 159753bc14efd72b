import { addDays, addMonths, format, parseISO } from 'date-fns';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { requireActiveMember } from '../members/members';
import { readSection } from '../settings/store';
import { tariffPrice } from '../tariffs/tariffs';
import type { Membership } from './schema';

const SELECT = 'SELECT id, member_id AS memberId, start_date AS startDate, end_date AS endDate, price_cents AS priceCents, paid_on AS paidOn FROM memberships';

/** The period a membership taken on `start` covers: its calendar year, or twelve months from that day. */
export function membershipPeriod(start: string, period: 'calendar' | 'rolling'): { startDate: string; endDate: string } {
  if (period === 'calendar') return { startDate: `${start.slice(0, 4)}-01-01`, endDate: `${start.slice(0, 4)}-12-31` };
  return { startDate: start, endDate: format(addDays(addMonths(parseISO(start), 12), -1), 'yyyy-MM-dd') };
}

export function membershipsOf(db: Db, memberId: number): Membership[] {
  return sql(db, `${SELECT} WHERE member_id = ? ORDER BY start_date DESC`).all(memberId) as Membership[];
}

/** Records a member's yearly fee at today's tariff; refused when it would overlap a membership they have. */
export function addMembership(db: Db, memberId: number, start: string, paid: boolean, today: string, at: string): Membership {
  requireActiveMember(db, memberId);
  const { startDate, endDate } = membershipPeriod(start, readSection(db, 'membership').period);
  const overlap = sql(db, `${SELECT} WHERE member_id = ? AND start_date <= ? AND end_date >= ?`).get(memberId, endDate, startDate) as
    | Membership
    | undefined;
  if (overlap) throw new Refusal('errors.memberships.overlap', { until: overlap.endDate }, { code: 'conflict', field: 'startDate' });
  const { lastInsertRowid } = db
    .prepare('INSERT INTO memberships (member_id, start_date, end_date, price_cents, paid_on, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(memberId, startDate, endDate, tariffPrice(db, 'membership_year'), paid ? today : null, at);
  return sql(db, `${SELECT} WHERE id = ?`).get(Number(lastInsertRowid)) as Membership;
}

export function markMembershipPaid(db: Db, membershipId: number, paidOn: string): Membership {
  const current = sql(db, `${SELECT} WHERE id = ?`).get(membershipId) as Membership | undefined;
  if (!current) throw new Refusal('errors.memberships.not_found', {}, { code: 'not_found', field: 'membershipId' });
  if (current.paidOn) throw new Refusal('errors.memberships.already_paid', { on: current.paidOn }, { field: 'membershipId' });
  // Once on an invoice, the fee is paid through that invoice (the payment then marks it paid).
  const invoice = sql(
    db,
    `SELECT coalesce(i.number, 'brouillon') FROM billed_sources s JOIN invoice_lines l ON l.id = s.line_id JOIN invoices i ON i.id = l.invoice_id WHERE s.source = ?`,
  ).pluck().get(`membership:${membershipId}`) as string | undefined;
  if (invoice !== undefined) throw new Refusal('errors.memberships.invoiced', { number: invoice }, { field: 'membershipId' });
  sql(db, 'UPDATE memberships SET paid_on = ? WHERE id = ?').run(paidOn, membershipId);
  return { ...current, paidOn };
}
