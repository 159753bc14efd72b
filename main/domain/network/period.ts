import type { NetworkPeriodInput } from './schema';

export interface NetworkPeriod {
  type: 'annee' | 'trimestre';
  year: number;
  quarter: number | null;
  start: string;
  end: string;
  /** Months covered: 12 or 3. */
  months: number;
}

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'] as const;

/** Networks count by calendar year and quarter, whatever the association's fiscal year. */
export function networkPeriod({ year, quarter }: NetworkPeriodInput): NetworkPeriod {
  if (quarter === undefined) return { type: 'annee', year, quarter: null, start: `${year}-01-01`, end: `${year}-12-31`, months: 12 };
  const firstMonth = String((quarter - 1) * 3 + 1).padStart(2, '0');
  return { type: 'trimestre', year, quarter, start: `${year}-${firstMonth}-01`, end: `${year}-${QUARTER_ENDS[quarter - 1]}`, months: 3 };
}

/** `2026` or `2026-T2`, for file names. */
export function periodLabel(period: NetworkPeriod): string {
  return period.quarter === null ? String(period.year) : `${period.year}-T${period.quarter}`;
}
