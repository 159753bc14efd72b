/**
 * The front desk's screens (a screen's data: < 10 ms p95), each through the dispatcher as the
 * interface calls it, beside the raw SQL it rests on: the home screen, who is in today, a member
 * searched in two keystrokes (at the desk and at the kiosk), the members list, a member's page,
 * the charter's signatures, the phone line's month, the events of the year and the audit log.
 */
import type { Db } from '../main/db/open';
import { isoDateTime, shiftDate } from '../main/domain/common/time';
import { scalar, type Call } from './datasets';
import { time, TARGETS, type BenchRow } from './measure';

const RUNS = 200;
/** Two letters, as typed at the desk to find a member: common in French names (Marie, Martin, Thomas…). */
export const SEARCH = 'ma';

/**
 * The demonstration writes one audit entry (its own loading); a space that ran for years has one for
 * every sensitive action — sign-ins, member changes, payments, invoices issued, kiosk arrivals. The
 * working copy is given this many a year (about sixteen an open day), spread over the dataset's
 * years, so that the log's first page and its filter are measured on a realistic table.
 */
export const AUDIT_ENTRIES_PER_YEAR = 4000;

function padAuditLog(db: Db, years: number, today: string): number {
  const actions = [
    ['sign_in', 'auth.signIn'],
    ['member_changed', 'members.update'],
    ['payment_recorded', 'payments.add'],
    ['invoice_issued', 'invoices.issue'],
    ['charter_signed', 'charter.signAtDesk'],
    ['kiosk_checked_in', 'kiosk.checkIn'],
    ['membership_changed', 'memberships.add'],
    ['plan_changed', 'plans.add'],
  ] as const;
  const insert = db.prepare('INSERT INTO audit_log (at, staff_id, actor, action, details) VALUES (?, NULL, ?, ?, ?)');
  const total = years * AUDIT_ENTRIES_PER_YEAR;
  const start = new Date(`${shiftDate(today, -365 * years)}T08:00:00Z`).getTime();
  const step = (365 * years * 86_400_000) / total;
  db.transaction(() => {
    for (let i = 0; i < total; i++) {
      const [action, method] = actions[i % actions.length] ?? actions[0];
      const at = isoDateTime(new Date(start + i * step));
      insert.run(at, i % 3 === 0 ? 'Accueil' : 'Trésorerie', action, JSON.stringify({ method, subject: `Adhérent ${(i * 7919) % 400}`, memberId: 1 + ((i * 7919) % 400) }));
    }
  })();
  return total;
}

/** The member with the most visits: the heaviest member page. */
function busiestMember(db: Db): { id: number; visits: number } {
  return db
    .prepare("SELECT a.member_id AS id, count(*) AS visits FROM attendances a JOIN members m ON m.id = a.member_id WHERE m.status = 'active' GROUP BY a.member_id ORDER BY visits DESC LIMIT 1")
    .get() as { id: number; visits: number };
}

export function benchDesk(db: Db, calls: { desk: Call; kiosk: Call }, context: { today: string; years: number }): { rows: BenchRow[]; facts: Record<string, number> } {
  const { today, years } = context;
  const call = calls.desk;
  const year = Number(today.slice(0, 4));
  // Who is in: today when someone came, else the last day someone did (a Sunday is closed).
  const presenceDay = scalar<string>(db, 'SELECT max(date) FROM attendances WHERE date <= ?', today);
  const rows: BenchRow[] = [];
  const add = (operation: string, detail: string, operationTime: BenchRow['timing'], raw: BenchRow['raw'], targetMs: number | null = TARGETS.screen) =>
    rows.push({ operation, detail, timing: operationTime, raw, targetMs });

  // « Aujourd’hui » and the home screen's counter: the visits of a day.
  const visitsOfDay = [
    db.prepare('SELECT a.*, m.first_name, m.last_name, s.code FROM attendances a JOIN members m ON m.id = a.member_id LEFT JOIN seats s ON s.id = a.seat_id WHERE a.date = ?'),
    db.prepare('SELECT u.attendance_id, u.half, u.coverage FROM half_day_uses u JOIN attendances a ON a.id = u.attendance_id WHERE a.date = ?'),
    db.prepare('SELECT member_id, max(version) FROM charter_signatures WHERE member_id IN (SELECT member_id FROM attendances WHERE date = ?) GROUP BY member_id'),
  ];
  const rawPresence = time(() => visitsOfDay.map((statement) => statement.all(presenceDay)), RUNS);
  const visits = (call('attendance.present', { date: presenceDay }) as unknown[]).length;
  add('who is in (attendance.present)', `${presenceDay}, ${visits} visits`, time(() => call('attendance.present', { date: presenceDay }), RUNS), rawPresence);

  // The home screen: the six calls it makes when it opens.
  const seats = db.prepare('SELECT * FROM seats');
  const rawHome = time(() => [seats.all(), ...visitsOfDay.map((statement) => statement.all(presenceDay))], RUNS);
  const home = () => [
    call('auth.status', {}),
    call('calendar.day', { date: today }),
    call('space.listSeats', {}),
    call('attendance.present', { date: presenceDay }),
    call('calendar.holidays', { year }),
    call('calendar.holidays', { year: year + 1 }),
  ];
  add('home screen (its 6 calls)', 'auth.status, calendar.day, space.listSeats, attendance.present, calendar.holidays ×2', time(home, RUNS), rawHome);

  // « Membres » and a search in two keystrokes: every member with their plans today, membership, last visit and charter standing.
  const memberReads = [
    db.prepare("SELECT m.id, m.first_name, m.last_name, m.email, m.phone, m.status, m.profile, o.name FROM members m LEFT JOIN organisations o ON o.id = m.organisation_id WHERE m.status = 'active'"),
    db.prepare('SELECT member_id, kind FROM plans WHERE start_date <= @today AND (end_date IS NULL OR end_date >= @today)'),
    db.prepare('SELECT member_id, max(end_date) FROM memberships GROUP BY member_id'),
    db.prepare('SELECT member_id, max(arrived_at) FROM attendances GROUP BY member_id'),
    db.prepare('SELECT member_id, max(version) FROM charter_signatures GROUP BY member_id'),
  ];
  const rawMembers = time(() => memberReads.map((statement, i) => (i === 1 ? statement.all({ today }) : statement.all())), RUNS);
  const active = (call('members.list', {}) as unknown[]).length;
  const found = (call('members.list', { search: SEARCH, status: 'active' }) as unknown[]).length;
  add('members.list (« Membres », active)', `${active} members`, time(() => call('members.list', {}), RUNS), rawMembers);
  add(`member search, 2 letters (members.list « ${SEARCH} »)`, `${found} of ${active} active members`, time(() => call('members.list', { search: SEARCH, status: 'active' }), RUNS), rawMembers);
  const everyone = (call('members.list', { status: 'all' }) as unknown[]).length;
  add('members.list, all statuses', `${everyone} members`, time(() => call('members.list', { status: 'all' }), RUNS), rawMembers);
  const names = db.prepare("SELECT id, first_name, last_name FROM members WHERE status = 'active'");
  const rawNames = time(() => names.all(), RUNS);
  const atKiosk = (calls.kiosk('kiosk.find', { query: SEARCH }) as unknown[]).length;
  add(`kiosk search, 2 letters (kiosk.find « ${SEARCH} »)`, `${atKiosk} names shown`, time(() => calls.kiosk('kiosk.find', { query: SEARCH }), RUNS), rawNames);

  // A member's page: the member, their account, invoices and coming bookings (four calls), for the member who came most.
  const member = busiestMember(db);
  const inAYear = `${year + 1}${today.slice(4)}`;
  const memberReadsOne = [
    db.prepare('SELECT * FROM members WHERE id = ?'),
    db.prepare('SELECT * FROM memberships WHERE member_id = ?'),
    db.prepare('SELECT * FROM plans WHERE member_id = ?'),
    db.prepare('SELECT * FROM attendances WHERE member_id = ? ORDER BY arrived_at DESC LIMIT 50'),
    db.prepare('SELECT * FROM charter_signatures WHERE member_id = ?'),
  ];
  const accountReads = [
    db.prepare('SELECT * FROM invoices WHERE member_id = ?'),
    db.prepare('SELECT a.* FROM payment_allocations a JOIN invoices i ON i.id = a.invoice_id WHERE i.member_id = ?'),
    db.prepare('SELECT * FROM payments WHERE member_id = ?'),
  ];
  const bookingsOf = db.prepare('SELECT * FROM bookings WHERE member_id = ? AND date BETWEEN ? AND ?');
  const rawMember = time(() => memberReadsOne.map((statement) => statement.all(member.id)), RUNS);
  const rawPage = time(() => [...memberReadsOne, ...accountReads].map((statement) => statement.all(member.id)).concat(bookingsOf.all(member.id, today, inAYear)), RUNS);
  const invoicesOfMember = (call('invoices.list', { memberId: member.id }) as unknown[]).length;
  const memberLabel = `member ${member.id}: ${member.visits} visits, ${invoicesOfMember} invoices`;
  add('members.get (a member’s page)', memberLabel, time(() => call('members.get', { memberId: member.id }), RUNS), rawMember);
  add(
    'member page (its 4 calls)',
    `${memberLabel}; members.get, payments.account, invoices.list, bookings.list`,
    time(
      () => [
        call('members.get', { memberId: member.id }),
        call('payments.account', { memberId: member.id }),
        call('invoices.list', { memberId: member.id }),
        call('bookings.list', { from: today, to: inAYear, memberId: member.id }),
      ],
      RUNS,
    ),
    rawPage,
  );
  const rawBookings = time(() => bookingsOf.all(member.id, today, inAYear), RUNS);
  const coming = (call('bookings.list', { from: today, to: inAYear, memberId: member.id }) as unknown[]).length;
  add('bookings.list (a member’s coming bookings)', `member ${member.id}, ${coming} bookings`, time(() => call('bookings.list', { from: today, to: inAYear, memberId: member.id }), RUNS), rawBookings);

  // « Charte › Signatures »: every member and the last version they signed.
  const signatures = db.prepare('SELECT member_id, version, signed_at FROM charter_signatures');
  const rawSignatures = time(() => [memberReads[0]?.all(), signatures.all()], RUNS);
  add('charter.signStatus (« Charte › Signatures »)', `${scalar(db, 'SELECT count(*) FROM charter_signatures')} signatures`, time(() => call('charter.signStatus', {}), RUNS), rawSignatures);

  // « Téléphone »: last month's log and what is to re-bill.
  const lastMonth = shiftDate(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
  const callsOfMonth = db.prepare('SELECT * FROM calls WHERE month = ?');
  const rawCalls = time(() => callsOfMonth.all(lastMonth), RUNS);
  const callCount = (call('calls.list', { month: lastMonth }) as unknown[]).length;
  add('calls.list (« Téléphone », a month)', `${lastMonth}, ${callCount} calls`, time(() => call('calls.list', { month: lastMonth }), RUNS), rawCalls);
  add('calls.summary (a month’s calls to re-bill)', `${lastMonth}`, time(() => call('calls.summary', { month: lastMonth }), RUNS), rawCalls);

  // « Événements »: this year's events.
  const eventsOfYear = db.prepare('SELECT * FROM events WHERE date BETWEEN ? AND ?');
  const rawEvents = time(() => eventsOfYear.all(`${year}-01-01`, `${year}-12-31`), RUNS);
  add('events.list (« Événements », a year)', `${year}`, time(() => call('events.list', { from: `${year}-01-01`, to: `${year}-12-31` }), RUNS), rawEvents);

  // « Journal »: the audit log's first page, and filtered by an action seldom taken.
  const padded = padAuditLog(db, years, today);
  const firstPage = db.prepare('SELECT id, at, staff_id, actor, action, details FROM audit_log ORDER BY id DESC LIMIT 101');
  const rawAudit = time(() => firstPage.all(), RUNS);
  add('audit.list (« Journal », first page of 100)', `${scalar(db, 'SELECT count(*) FROM audit_log')} entries (${padded} synthetic)`, time(() => call('audit.list', { limit: 100 }), RUNS), rawAudit);
  const byAction = db.prepare("SELECT id, at, staff_id, actor, action, details FROM audit_log WHERE action = 'year_closed' ORDER BY id DESC LIMIT 101");
  add('audit.list, filtered by a rare action', 'year_closed', time(() => call('audit.list', { limit: 100, action: 'year_closed' }), RUNS), time(() => byAction.all(), RUNS));

  return { rows, facts: { auditEntries: scalar(db, 'SELECT count(*) FROM audit_log'), memberSearchHits: found, events: scalar(db, 'SELECT count(*) FROM events') } };
}
