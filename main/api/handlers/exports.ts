import { isoDate } from '../../domain/common/time';
import { csvExport } from '../../domain/exports/export';
import type { exportsContract } from '../contract/exports';
import type { HandlersFor } from './types';

export const exportsHandlers: HandlersFor<typeof exportsContract> = {
  'exports.csv': (ctx, input) => {
    const file = csvExport(ctx.db, input, isoDate(ctx.now));
    ctx.auditExtra = { subject: file.fileName, rows: file.rows };
    return file;
  },
};
