/**
 * The writer of the crash-safety test (tests/integration/db/crash.test.ts), run as its own process:
 *
 *   node --import tsx tests/helpers/crash-writer.ts <database file>
 *
 * It opens the database as the app does and, through the real dispatcher (so through the same
 * transactions as the app), books seats, checks members in and out, issues invoices and records
 * payments, in a loop, until it is killed. Right after each operation is answered `ok` it prints one
 * line, synchronously, naming what was committed:
 *
 *   booking <id> | checkin <id> | checkout <id> | invoice <id> <number> | payment <id>
 *
 * Every line printed is therefore a promise that the row is in the file. Each start picks up where the
 * file left off (next free booking cell, a clock after the last visit, members still in checked out),
 * so it can be killed at any moment and started again. Anything refused unexpectedly is printed on
 * standard error and ends it with code 2 (the test then fails).
 *
 * The test runs it bundled into one file (as the built app runs), which starts much faster than
 * through tsx; the code and the transactions are the same.
 */
import fs from 'node:fs';
import type { ApiResult } from '../../main/api/result';
import { createDispatcher } from '../../main/api/dispatcher';
import { cliSession } from '../../main/api/session';
import { openDatabase } from '../../main/db/open';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: crash-writer.ts <database file>\n');
  process.exit(64);
}

/** One line on standard output, written before the next operation starts. */
function say(line: string): void {
  fs.writeSync(1, `${line}\n`);
}

function fail(message: string): never {
  fs.writeSync(2, `crash-writer: ${message}\n`);
  process.exit(2);
}

const db = openDatabase(file);

/** Tuesday 1 December 2026, an open day: every visit, invoice and payment is dated that day. */
const DAY = '2026-12-01';
const lastVisit = db.prepare('SELECT arrived_at AS arrivedAt, left_at AS leftAt FROM attendances ORDER BY id DESC LIMIT 1').get() as
  | { arrivedAt: string; leftAt: string | null }
  | undefined;
// The clock goes on one minute after the last visit recorded, and a second per operation.
let nowMs = lastVisit ? Math.max(Date.parse(lastVisit.arrivedAt), Date.parse(lastVisit.leftAt ?? lastVisit.arrivedAt)) + 60_000 : Date.parse(`${DAY}T09:00:00+01:00`);
const clock = () => new Date(nowMs);
const tick = () => {
  nowMs += 1000;
  if (new Date(nowMs).toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }) !== DAY) fail(`the clock left ${DAY}`);
};

const dispatch = createDispatcher({ db, clock, onInternalError: (method, error) => fail(`${method} failed: ${String(error)}`) });
const desk = cliSession();

function ok<T>(method: string, input: unknown): T {
  const result = dispatch(desk, method, input) as ApiResult<unknown>;
  if (!result.ok) fail(`${method} refused: ${result.error.reason} — ${result.error.messageEn}`);
  return result.value as T;
}

const members = db.prepare("SELECT id FROM members WHERE status = 'active' ORDER BY id").pluck().all() as number[];
if (members.length === 0) fail('no member to work with');

// Whoever a killed run left in is checked out first.
for (const memberId of db.prepare('SELECT member_id FROM attendances WHERE left_at IS NULL ORDER BY id').pluck().all() as number[]) {
  tick();
  const visit = ok<{ id: number }>('attendance.checkOut', { memberId });
  say(`checkout ${visit.id}`);
}

/** Booking cells, one after another: each half-day of each desk, day after day from 4 January 2027. */
const SEATS = ['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3', 'B4'];
const SLOTS = ['am', 'pm'] as const;
const lastBooking = db.prepare('SELECT s.code AS seat, b.date, b.slot FROM bookings b JOIN seats s ON s.id = b.seat_id ORDER BY b.id DESC LIMIT 1').get() as
  | { seat: string; date: string; slot: 'am' | 'pm' }
  | undefined;
let cell = lastBooking
  ? { date: lastBooking.date, seat: SEATS.indexOf(lastBooking.seat), slot: SLOTS.indexOf(lastBooking.slot) }
  : { date: '2027-01-04', seat: 0, slot: -1 };

const nextDay = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function nextCell(): void {
  cell.slot += 1;
  if (cell.slot < SLOTS.length) return;
  cell.slot = 0;
  cell.seat += 1;
  if (cell.seat < SEATS.length) return;
  cell = { date: nextDay(cell.date), seat: 0, slot: 0 };
}

function book(memberId: number): void {
  nextCell();
  for (let tries = 0; tries < 30; tries += 1) {
    tick();
    const result = dispatch(desk, 'bookings.book', { seat: SEATS[cell.seat], date: cell.date, slot: SLOTS[cell.slot], memberId, channel: 'phone' });
    if (result.ok) {
      say(`booking ${(result.value as { id: number }).id}`);
      return;
    }
    // A weekend or a public holiday: the next open day.
    if (result.error.reason !== 'errors.bookings.closed' && result.error.reason !== 'errors.bookings.slot_closed') {
      fail(`bookings.book refused: ${result.error.reason} — ${result.error.messageEn}`);
    }
    cell = { date: nextDay(cell.date), seat: 0, slot: 0 };
  }
  fail('no open day found to book');
}

const METHODS = [
  { method: 'cash' },
  { method: 'card', reference: 'TPE' },
  { method: 'transfer', reference: 'VIR' },
  { method: 'cheque', chequeBank: 'Crédit Agricole', chequeNumber: '0001234', chequeDrawer: 'Lou Garnier' },
];

for (let round = 0; ; round += 1) {
  const memberId = members[round % members.length] as number;
  book(memberId);

  tick();
  say(`checkin ${ok<{ id: number }>('attendance.checkIn', { memberId }).id}`);
  tick();
  say(`checkout ${ok<{ id: number }>('attendance.checkOut', { memberId }).id}`);

  tick();
  const draft = ok<{ id: number }>('invoices.createDraft', { memberId });
  tick();
  ok('invoices.addLine', { invoiceId: draft.id, description: 'Prestation', quantity: 1 + (round % 3), unitPriceCents: 1000 + round });
  tick();
  const [issued] = ok<{ id: number; number: string | null; totalCents: number }[]>('invoices.issue', { invoiceIds: [draft.id] });
  if (!issued?.number) fail(`invoice ${draft.id} came back without a number`);
  say(`invoice ${issued.id} ${issued.number}`);

  tick();
  const payment = ok<{ id: number }>('payments.add', {
    memberId,
    amountCents: issued.totalCents,
    allocations: [{ invoiceId: issued.id, amountCents: issued.totalCents }],
    ...METHODS[round % METHODS.length],
  });
  say(`payment ${payment.id}`);
}
