import type { Db } from '../../db/open';
import type { FiscalPeriod } from '../accounting/fiscal-year';
import { occupancy } from '../bookings/occupancy';
import type { Occupancy } from '../bookings/schema';
import { everyMonth, monthsOf } from './months';
import type { OccupancyReport } from './schema';

type Figures = OccupancyReport['total'];

/** The bookings domain's figures (bookings held plus desks held by plans, seats in service) flattened per kind of seat. */
function flatten(figures: Occupancy): Figures {
  const of = (kind: 'permanent' | 'dropin' | 'trainee') => figures.byKind.find((k) => k.kind === kind) ?? { used: 0, open: 0 };
  return {
    permanentUsed: of('permanent').used,
    permanentOpen: of('permanent').open,
    dropinUsed: of('dropin').used,
    dropinOpen: of('dropin').open,
    traineeUsed: of('trainee').used,
    traineeOpen: of('trainee').open,
    used: figures.used,
    open: figures.open,
    rate: figures.rate,
  };
}

const zero = (): Figures => ({ permanentUsed: 0, permanentOpen: 0, dropinUsed: 0, dropinOpen: 0, traineeUsed: 0, traineeOpen: 0, used: 0, open: 0, rate: 0 });

/** Seat-half-days used ÷ open per month and kind of desk, as `relais occupancy --by month` counts them. */
export function occupancyReport(db: Db, period: FiscalPeriod): OccupancyReport {
  const { periods, total } = occupancy(db, period.start, period.end, 'month');
  const found = new Map(periods.map((figures) => [figures.from.slice(0, 7), flatten(figures)]));
  return { months: everyMonth(monthsOf(period), found, zero), total: flatten(total) };
}
