import * as z from 'zod';
import { FiscalYear } from '../accounting/schema';
import { IsoDate, Month } from '../common/schemas';

/** The lines of invoices grouped as the treasurer reads revenue (DESIGN §5's sales accounts). */
export const REVENUE_GROUPS = {
  desksCents: ['permanent', 'trainee'],
  passesCents: ['dropin', 'carnet'],
  membershipsCents: ['membership'],
  phoneCents: ['phone'],
  otherCents: ['free'],
} as const;
export type RevenueGroup = keyof typeof REVENUE_GROUPS;
export const REVENUE_GROUP_NAMES = Object.keys(REVENUE_GROUPS) as RevenueGroup[];

const Cents = z.int();
const Count = z.int().min(0);

const RevenueFigures = z.strictObject({
  desksCents: Cents,
  passesCents: Cents,
  membershipsCents: Cents,
  phoneCents: Cents,
  otherCents: Cents,
  /** Excluding VAT: invoices less credit notes (whose lines are negative). */
  netCents: Cents,
});

export const RevenueReport = z.strictObject({
  /** Every month of the fiscal year, by issue date; a month without documents has zeros. */
  months: z.array(z.strictObject({ month: Month, ...RevenueFigures.shape })),
  total: RevenueFigures.extend({
    /** The credit notes' part of `netCents` (zero or negative). */
    creditNotesCents: Cents,
    vatCents: Cents,
    /** Including VAT. */
    grossCents: Cents,
    invoices: Count,
    creditNotes: Count,
  }),
});
export type RevenueReport = z.infer<typeof RevenueReport>;

export const UNPAID_AGES = ['not_due', '1-30', '31-60', '61-90', '90+'] as const;
export type UnpaidAge = (typeof UNPAID_AGES)[number];

export const UnpaidReport = z.strictObject({
  /** The day balances and ages are read at. */
  today: IsoDate,
  /** Issued invoices of the year with something still to pay, by days past their due date; every age, in order. */
  buckets: z.array(z.strictObject({ age: z.enum(UNPAID_AGES), count: Count, balanceCents: Cents })),
  total: z.strictObject({ count: Count, balanceCents: Cents }),
});
export type UnpaidReport = z.infer<typeof UnpaidReport>;

const OccupancyFigures = z.strictObject({
  permanentUsed: Count,
  permanentOpen: Count,
  dropinUsed: Count,
  dropinOpen: Count,
  traineeUsed: Count,
  traineeOpen: Count,
  /** Seat-half-days used and open, all desks; `rate` is used ÷ open (0 to 1). */
  used: Count,
  open: Count,
  rate: z.number().min(0),
});

export const OccupancyReport = z.strictObject({
  months: z.array(z.strictObject({ month: Month, ...OccupancyFigures.shape })),
  total: OccupancyFigures,
});
export type OccupancyReport = z.infer<typeof OccupancyReport>;

const AttendanceFigures = z.strictObject({
  /** Days on which a member came (two visits the same day count once). */
  visits: Count,
  /** Distinct members who came. */
  members: Count,
  /** Members whose first visit ever fell in the month. */
  newMembers: Count,
});

export const AttendanceReport = z.strictObject({
  months: z.array(z.strictObject({ month: Month, ...AttendanceFigures.shape })),
  /** Over the year: `members` counts each member once, however many months they came. */
  total: AttendanceFigures,
});
export type AttendanceReport = z.infer<typeof AttendanceReport>;

export const YearReport = z.strictObject({
  year: FiscalYear,
  start: IsoDate,
  end: IsoDate,
  /** Whether anything happened in the year: an issued document, a visit, a desk used. */
  hasActivity: z.boolean(),
  /** The fiscal years with activity, oldest first, to choose another. */
  years: z.array(FiscalYear),
  revenue: RevenueReport,
  unpaid: UnpaidReport,
  occupancy: OccupancyReport,
  attendance: AttendanceReport,
});
export type YearReport = z.infer<typeof YearReport>;

export const YearReportQuery = z.strictObject({
  /** The fiscal year (named by the year it ends in); the one running today when left out. */
  year: FiscalYear.optional(),
});
