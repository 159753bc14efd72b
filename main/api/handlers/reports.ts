import { isoDate } from '../../domain/common/time';
import { currentFiscalYear, yearReport } from '../../domain/reports/report';
import type { reportsContract } from '../contract/reports';
import type { HandlersFor } from './types';

export const reportsHandlers: HandlersFor<typeof reportsContract> = {
  'reports.year': (ctx, { year }) => {
    const today = isoDate(ctx.now);
    return yearReport(ctx.db, year ?? currentFiscalYear(ctx.db, today), today);
  },
};
