import { YearReport, YearReportQuery } from '../../domain/reports/schema';
import { method, TREASURY } from '../define';
import type { MethodSpec } from '../define';

export const reportsContract = {
  'reports.year': method({
    summary: 'The yearly reports of a fiscal year: revenue by month and kind, unpaid by age, occupancy by kind of desk, attendance',
    input: YearReportQuery,
    output: YearReport,
    roles: TREASURY,
    cli: { command: 'report' },
  }),
} satisfies Record<string, MethodSpec>;
