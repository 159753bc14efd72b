import type { TFunction } from 'i18next';
import { useApi } from '../../api/hooks';
import { useAddressState } from '../../app/useAddressState';
import { todayIso } from '../../format';
import { VIEWS, type Period, type View } from './types';

const inRange = (text: string | null, min: number, max: number) => {
  const value = Number(text);
  return text !== null && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
};

/**
 * The calendar years with activity, newest first, and whether anything happened at all. The reports
 * name fiscal years by the year they end in: one that starts in another month than January also
 * covers the calendar year before.
 */
function useActivityYears(current: number): { years: number[] | undefined; hasActivity: boolean } {
  const fiscal = useApi('reports.year', {}).data?.years;
  const startMonth = useApi('settings.get', {}).data?.accounting.fiscalYearStartMonth;
  if (fiscal === undefined || startMonth === undefined) return { years: undefined, hasActivity: false };
  const first = (fiscal[0] ?? current) - (startMonth === 1 ? 0 : 1);
  const last = Math.max(current, fiscal.at(-1) ?? current);
  const years: number[] = [];
  for (let year = last; year >= first; year -= 1) years.push(year);
  return { years, hasActivity: fiscal.length > 0 };
}

/**
 * The period and view of the « Réseau » screen, kept in the address so that Back and a reload find
 * them. Without a year, the last one that is over: the one a network usually asks for.
 */
export function useNetworkPeriod() {
  const [params, update] = useAddressState();
  const current = Number(todayIso().slice(0, 4));
  const activity = useActivityYears(current);
  const chosen = inRange(params.get('year'), 2000, 2099);
  // Reports cover finished periods: by default, last year.
  const year = chosen ?? current - 1;
  const quarter = inRange(params.get('quarter'), 1, 4);
  const years = activity.years && !activity.years.includes(year) ? [...activity.years, year].sort((a, b) => b - a) : activity.years;
  const view: View = VIEWS.find((value) => value === params.get('view')) ?? 'tables';
  const period: Period = quarter === undefined ? { year } : { year, quarter };
  return {
    period,
    years,
    hasActivity: activity.hasActivity,
    view,
    setYear: (value: number) => update({ year: String(value) }),
    setQuarter: (value: number | undefined) => update({ quarter: value === undefined ? null : String(value) }),
    setView: (value: View) => update({ view: value === 'tables' ? null : value }),
  };
}

/** `l’année 2025`, `le 2e trimestre 2025`: the period inside a sentence. */
export function periodName(period: Period, t: TFunction): string {
  return period.quarter === undefined ? t('network.period_year', { year: period.year }) : t(`network.period_quarter.${period.quarter}`, { year: period.year });
}
