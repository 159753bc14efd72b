import { describe, expect, it } from 'vitest';
import type { OutputOf } from '../../../main/api/contract';
import { dispatcherWithAdmin, expectOk, plain, signedIn } from '../../helpers/db';
import { reportYear } from './scenario';

type Report = OutputOf<'reports.year'>;

const MONTHS_2026 = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2026-${m}`);

/**
 * Open days of 2026, Monday to Friday less the public holidays that fall on one: 1 Jan (Thu), 6 April
 * (Easter Monday), 1 and 8 May (Fri), 14 May (Ascension), 25 May (Whit Monday), 14 July (Tue),
 * 11 November (Wed), 25 December (Fri); 15 August and 1 November are a Saturday and a Sunday.
 */
const OPEN_DAYS_2026 = [21, 20, 22, 21, 17, 22, 22, 21, 22, 22, 20, 22];

function refusal(result: unknown): { code: string; message: string; field?: string } {
  const answer = result as { ok: boolean; error: { code: string; message: string; fields?: { field: string; message: string }[] } };
  expect(answer.ok).toBe(false);
  return { code: answer.error.code, message: plain(answer.error.fields?.[0]?.message ?? answer.error.message), field: answer.error.fields?.[0]?.field };
}

const report = (space: ReturnType<typeof reportYear>, year?: number) => expectOk(space.dispatch(space.desk, 'reports.year', year === undefined ? {} : { year })) as Report;

describe('the yearly reports on a small year computed by hand', () => {
  it('revenue excluding VAT by month and kind, a credit note taken off, totals including VAT', () => {
    const space = reportYear();
    const { revenue, year, start, end, hasActivity } = report(space, 2026);
    expect([year, start, end, hasActivity]).toEqual([2026, '2026-01-01', '2026-12-31', true]);
    expect(revenue.months.map((m) => m.month)).toEqual(MONTHS_2026);
    const months = Object.fromEntries(revenue.months.map(({ month, ...figures }) => [month, figures]));
    const none = { desksCents: 0, passesCents: 0, membershipsCents: 0, phoneCents: 0, otherCents: 0, netCents: 0 };
    // March: Ana's two prints (a free line). December: November billed; Lou's 0,60 € call credited the same day.
    expect(months['2026-03']).toEqual({ ...none, otherCents: 500, netCents: 500 });
    expect(months['2026-12']).toEqual({ desksCents: 15000, passesCents: 7000 + 1500 + 800 + 800, membershipsCents: 1500, phoneCents: 60 - 60, otherCents: 0, netCents: 26600 });
    for (const month of MONTHS_2026.filter((m) => m !== '2026-03' && m !== '2026-12')) expect(months[month]).toEqual(none);
    expect(revenue.total).toEqual({
      desksCents: 15000,
      passesCents: 10100,
      membershipsCents: 1500,
      phoneCents: 0,
      otherCents: 500,
      netCents: 27100,
      creditNotesCents: -60,
      // 20 % on December's invoices (16 560, 7 000, 2 300, 800) and credit note (−60); none in March.
      vatCents: 3312 + 1400 + 460 + 160 - 12,
      grossCents: 500 + 19872 + 8400 + 2760 + 960 - 72,
      invoices: 5,
      creditNotes: 1,
    });
  });

  it('what is still due on the year’s invoices, by days past due, as the days go by', () => {
    const space = reportYear();
    // Still due: Ana’s March prints, 5 € (due 1 April 2026); Lou’s 198 € (198,72 € less the 0,72 € credited) and Sam’s 54 € (84 € less 30 €), due 31 December.
    const at = (day: string) => {
      space.clock.set(`${day}T10:00:00+01:00`);
      const { unpaid } = report(space, 2026);
      expect(unpaid.today).toBe(day);
      expect(unpaid.total).toEqual({ count: 3, balanceCents: 25700 });
      return Object.fromEntries(unpaid.buckets.filter((b) => b.count > 0).map((b) => [b.age, [b.count, b.balanceCents]]));
    };
    expect(report(space, 2026).unpaid.buckets.map((b) => b.age)).toEqual(['not_due', '1-30', '31-60', '61-90', '90+']);
    expect(at('2026-12-15')).toEqual({ not_due: [2, 25200], '90+': [1, 500] });
    expect(at('2026-12-31')).toEqual({ not_due: [2, 25200], '90+': [1, 500] }); // due today: not late yet
    expect(at('2027-01-01')).toEqual({ '1-30': [2, 25200], '90+': [1, 500] });
    expect(at('2027-01-30')).toEqual({ '1-30': [2, 25200], '90+': [1, 500] });
    expect(at('2027-01-31')).toEqual({ '31-60': [2, 25200], '90+': [1, 500] });
    expect(at('2027-03-31')).toEqual({ '61-90': [2, 25200], '90+': [1, 500] }); // 90 days
    expect(at('2027-04-01')).toEqual({ '90+': [3, 25700] });
    // The same ages as the overdue list's, on the same day.
    space.clock.set('2027-02-15T10:00:00+01:00');
    const overdue = expectOk(space.dispatch(space.desk, 'invoices.overdue', {})) as OutputOf<'invoices.overdue'>;
    expect(overdue.map((o) => [o.age, o.balanceCents]).sort()).toEqual([['31-60', 19800], ['31-60', 5400], ['90+', 500]].sort());
    expect(report(space, 2026).unpaid.buckets.find((b) => b.age === '31-60')).toEqual({ age: '31-60', count: 2, balanceCents: 25200 });
  });

  it('occupancy by month and kind of desk: plans, bookings and open half-days', () => {
    const { occupancy } = report(reportYear(), 2026);
    expect(occupancy.months.map((m) => m.month)).toEqual(MONTHS_2026);
    // Five permanent desks, two drop-in, one trainee seat; two halves a day.
    const used: Record<string, [number, number, number]> = { '2026-06': [0, 0, 20], '2026-11': [40, 3, 0], '2026-12': [44, 0, 0] };
    const rates: Record<string, number> = { '2026-06': 0.0568, '2026-11': 0.1344, '2026-12': 0.125 }; // 20/352, 43/320, 44/352
    occupancy.months.forEach((row, i) => {
      const days = OPEN_DAYS_2026[i] as number;
      const [permanent, dropin, trainee] = used[row.month] ?? [0, 0, 0];
      expect(row).toEqual({
        month: row.month,
        permanentUsed: permanent,
        permanentOpen: 10 * days,
        dropinUsed: dropin,
        dropinOpen: 4 * days,
        traineeUsed: trainee,
        traineeOpen: 2 * days,
        used: permanent + dropin + trainee,
        open: 16 * days,
        rate: rates[row.month] ?? 0,
      });
    });
    // 252 open days; 107 of 4 032 seat-half-days used.
    expect(occupancy.total).toEqual({ permanentUsed: 84, permanentOpen: 2520, dropinUsed: 3, dropinOpen: 1008, traineeUsed: 20, traineeOpen: 504, used: 107, open: 4032, rate: 0.0265 });
  });

  it('attendance: days of presence, distinct members, and members who came for the first time', () => {
    const space = reportYear();
    const { attendance } = report(space, 2026);
    const months = Object.fromEntries(attendance.months.map(({ month, ...figures }) => [month, figures]));
    expect(months['2026-03']).toEqual({ visits: 1, members: 1, newMembers: 1 }); // Ana
    expect(months['2026-06']).toEqual({ visits: 2, members: 2, newMembers: 1 }); // Tom (new), Ana
    // Noa on the 5th (twice) and the 6th, Lou, Ana, Sam (who first came in December 2025): Noa and Lou are new.
    expect(months['2026-11']).toEqual({ visits: 5, members: 4, newMembers: 2 });
    expect(attendance.months.filter((m) => !['2026-03', '2026-06', '2026-11'].includes(m.month)).every((m) => m.visits + m.members + m.newMembers === 0)).toBe(true);
    expect(attendance.total).toEqual({ visits: 8, members: 5, newMembers: 4 });
    const before = report(space, 2025);
    expect(before.attendance.total).toEqual({ visits: 1, members: 1, newMembers: 1 });
    expect(before.attendance.months.find((m) => m.month === '2025-12')).toEqual({ month: '2025-12', visits: 1, members: 1, newMembers: 1 });
    expect([before.hasActivity, before.revenue.total.netCents, before.occupancy.total.used]).toEqual([true, 0, 0]);
  });

  it('lists the years with activity; a year without any has zeros in every month; the current year by default', () => {
    const space = reportYear();
    const empty = report(space, 2024);
    expect(empty.years).toEqual([2025, 2026]);
    expect(empty.hasActivity).toBe(false);
    expect(empty.revenue.months).toHaveLength(12);
    expect(empty.revenue.total).toMatchObject({ netCents: 0, vatCents: 0, grossCents: 0, invoices: 0, creditNotes: 0 });
    expect(empty.unpaid.total).toEqual({ count: 0, balanceCents: 0 });
    expect(empty.occupancy.months.every((m) => m.used === 0 && m.rate === 0 && m.open > 0)).toBe(true);
    expect(empty.attendance.total).toEqual({ visits: 0, members: 0, newMembers: 0 });
    space.clock.set('2026-12-20T10:00:00+01:00');
    expect(report(space).year).toBe(2026);
    // A fresh space has no year with activity.
    const fresh = dispatcherWithAdmin();
    const nothing = expectOk(fresh.dispatch(fresh.admin, 'reports.year', { year: 2026 })) as Report;
    expect([nothing.years, nothing.hasActivity]).toEqual([[], false]);
  });

  it('follows a fiscal year that starts in July: 2027 runs from July 2026 to June 2027', () => {
    const space = reportYear();
    const settings = expectOk(space.dispatch(space.desk, 'settings.get', {})) as { accounting: Record<string, unknown> };
    expectOk(space.dispatch(space.desk, 'settings.updateAccounting', { ...settings.accounting, fiscalYearStartMonth: 7 }));
    const fiscal = report(space, 2027);
    expect([fiscal.start, fiscal.end]).toEqual(['2026-07-01', '2027-06-30']);
    expect(fiscal.revenue.months.map((m) => m.month)).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);
    expect(fiscal.revenue.total.netCents).toBe(26600); // March's prints belong to 2026
    expect(fiscal.attendance.total).toEqual({ visits: 5, members: 4, newMembers: 2 });
    expect(fiscal.years).toEqual([2026, 2027]);
  });

  it('is for the treasury, and refuses a year that is not one, naming the field', () => {
    const space = reportYear();
    const welcome = signedIn(space.dispatch, space.admin, 'welcome');
    expect(refusal(space.dispatch(welcome, 'reports.year', { year: 2026 })).code).toBe('forbidden');
    const treasurer = signedIn(space.dispatch, space.admin, 'treasurer');
    expect((expectOk(space.dispatch(treasurer, 'reports.year', { year: 2026 })) as Report).revenue.total.netCents).toBe(27100);
    for (const [year, text] of [
      [1999, 'au moins 2000'],
      [2100, '2099 au plus'],
      [2026.5, 'nombre entier'],
      ['2026', 'nombre'],
    ] as const) {
      const refused = refusal(space.dispatch(space.desk, 'reports.year', { year }));
      expect([refused.code, refused.field]).toEqual(['invalid_input', 'year']);
      expect(refused.message.toLowerCase()).toContain(text);
    }
    expect(refusal(space.dispatch(space.desk, 'reports.year', { year: 2026, month: 3 })).code).toBe('invalid_input');
  });
});
