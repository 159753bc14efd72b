import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../../main/api/contract';
import { createDispatcher, type Dispatch } from '../../../main/api/dispatcher';
import { cliSession } from '../../../main/api/session';
import { openDatabase, type Db } from '../../../main/db/open';
import { relais } from '../../helpers/cli';
import { expectOk, plain } from '../../helpers/db';

type Report = OutputOf<'reports.year'>;
type Summary = OutputOf<'invoices.list'>[number];

const euros = (cents: number) => plain(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100));
const sum = <T,>(rows: T[], of: (row: T) => number) => rows.reduce((total, row) => total + of(row), 0);

describe('the yearly reports on three years of demonstration data', () => {
  let file: string;
  let db: Db;
  let dispatch: Dispatch;
  const desk = cliSession();
  const report = (year: number) => expectOk(dispatch(desk, 'reports.year', { year })) as Report;

  beforeAll(() => {
    // One demonstration for the file's tests (the helpers' folders last one test only).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-reports-'));
    file = path.join(dir, 'demo.sqlite');
    expect(relais('--db', file, 'demo', '--years', '3', '--seed', '7').code).toBe(0);
    db = openDatabase(file);
    dispatch = createDispatcher({ db });
    return () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }, 120_000);

  it('revenue equals the issued documents of invoices.list, year by year and month by month', () => {
    const { years } = report(new Date().getFullYear());
    expect(years.length).toBeGreaterThanOrEqual(3);
    for (const year of years) {
      const { revenue } = report(year);
      const issued = (expectOk(dispatch(desk, 'invoices.list', { year })) as Summary[]).filter((d) => d.number !== null);
      expect(revenue.total.netCents).toBe(sum(issued, (d) => d.netCents));
      expect(revenue.total.vatCents).toBe(sum(issued, (d) => d.vatCents));
      expect(revenue.total.grossCents).toBe(sum(issued, (d) => d.totalCents));
      expect(revenue.total.creditNotesCents).toBe(sum(issued.filter((d) => d.kind === 'credit-note'), (d) => d.netCents));
      expect([revenue.total.invoices, revenue.total.creditNotes]).toEqual([issued.filter((d) => d.kind === 'invoice').length, issued.filter((d) => d.kind === 'credit-note').length]);
      for (const month of revenue.months) {
        expect(month.netCents).toBe(sum(issued.filter((d) => d.date?.startsWith(month.month)), (d) => d.netCents));
        expect(month.desksCents + month.passesCents + month.membershipsCents + month.phoneCents + month.otherCents).toBe(month.netCents);
      }
    }
  });

  it('unpaid equals the balances of the year’s invoices; occupancy and attendance agree with their own screens', () => {
    const { years } = report(new Date().getFullYear());
    const overdue = expectOk(dispatch(desk, 'invoices.overdue', {})) as OutputOf<'invoices.overdue'>;
    let firstVisits = 0;
    for (const year of years) {
      const { unpaid, occupancy, attendance, start, end } = report(year);
      const open = (expectOk(dispatch(desk, 'invoices.list', { year })) as Summary[]).filter((d) => d.number !== null && d.kind === 'invoice' && d.balanceCents > 0);
      expect(unpaid.total).toEqual({ count: open.length, balanceCents: sum(open, (d) => d.balanceCents) });
      const late = overdue.filter((o) => o.date >= start && o.date <= end);
      for (const age of ['1-30', '31-60', '61-90', '90+'] as const) {
        const inAge = late.filter((o) => o.age === age);
        expect(unpaid.buckets.find((b) => b.age === age)).toEqual({ age, count: inAge.length, balanceCents: sum(inAge, (o) => o.balanceCents) });
      }
      const screen = expectOk(dispatch(desk, 'occupancy.get', { from: start, to: end, by: 'month' })) as OutputOf<'occupancy.get'>;
      expect([occupancy.total.used, occupancy.total.open, occupancy.total.rate]).toEqual([screen.total.used, screen.total.open, screen.total.rate]);
      expect(occupancy.months.map((m) => m.used)).toEqual(screen.periods.map((p) => p.used));
      expect(sum(attendance.months, (m) => m.newMembers)).toBe(attendance.total.newMembers);
      expect(attendance.months.every((m) => m.members <= m.visits && m.newMembers <= m.members)).toBe(true);
      firstVisits += attendance.total.newMembers;
    }
    // Everyone who ever came is new exactly once.
    expect(firstVisits).toBe(db.prepare('SELECT count(DISTINCT member_id) FROM attendances').pluck().get());
  });

  it('relais report --year prints the same figures as JSON, and French text without it', () => {
    const year = report(new Date().getFullYear()).years.at(-2) as number;
    const printed = relais('--db', file, 'report', '--year', String(year), '--json');
    expect(printed.code).toBe(0);
    const fromCli = JSON.parse(printed.out) as Report;
    const expected = report(year);
    expect({ ...fromCli, unpaid: null }).toEqual({ ...expected, unpaid: null });
    expect(fromCli.unpaid.total).toEqual(expected.unpaid.total);
    const text = plain(relais('--db', file, 'report', '--year', String(year)).out);
    expect(text).toContain(`Année : ${year}`);
    expect(text).toContain(`01/01/${year}`);
    expect(text).toContain(euros(expected.revenue.total.netCents));
    const refused = relais('--db', file, 'report', '--year', '1999');
    expect(refused.code).toBe(2);
    expect(plain(refused.err)).toContain('2000');
  });
});
