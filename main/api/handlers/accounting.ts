import { archiveContents, archiveZip } from '../../domain/accounting/archive';
import { closeYear, fiscalYears } from '../../domain/accounting/closing';
import { closedUntil } from '../../domain/accounting/closed';
import { fecFile } from '../../domain/accounting/fec';
import { fiscalYearContaining } from '../../domain/accounting/fiscal-year';
import { Refusal } from '../../domain/common/refusal';
import { isoDate } from '../../domain/common/time';
import { readSection } from '../../domain/settings/store';
import type { accountingContract } from '../contract/accounting';
import { actorName } from '../session';
import { later } from '../later';
import { update } from './settings';
import type { HandlersFor } from './types';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

export const accountingHandlers: HandlersFor<typeof accountingContract> = {
  'settings.updateAccounting': (ctx, accounting) => {
    // Closed years keep their dates: the fiscal year can no longer start in another month.
    const until = closedUntil(ctx.db);
    if (until !== null && accounting.fiscalYearStartMonth !== readSection(ctx.db, 'accounting').fiscalYearStartMonth) {
      throw new Refusal('errors.accounting.start_month_locked', { year: fiscalYearContaining(readSection(ctx.db, 'accounting').fiscalYearStartMonth, until) }, { field: 'fiscalYearStartMonth' });
    }
    return update(ctx, 'accounting', accounting);
  },
  'accounting.fec': (ctx, { year }) => {
    const fec = fecFile(ctx.db, year, isoDate(ctx.now));
    ctx.auditExtra = { subject: fec.fileName, entries: fec.entries };
    return { fileName: fec.fileName, base64: Buffer.from(fec.text, 'utf8').toString('base64'), entries: fec.entries, lines: fec.lines };
  },
  'accounting.years': (ctx) => fiscalYears(ctx.db, isoDate(ctx.now)),
  'accounting.close': (ctx, { year }) => {
    const closing = closeYear(ctx.db, year, { today: isoDate(ctx.now), at: ctx.at, staffId: ctx.session.staff?.staffId ?? null, actor: actorName(ctx.session) });
    ctx.auditExtra = { subject: String(year), chainPosition: closing.chainPosition, chainHash: closing.chainHash };
    const contents = archiveContents(ctx.db, year);
    return later(async () => {
      const zip = await archiveZip(contents);
      return { fileName: zip.fileName, base64: base64(zip.bytes), closing };
    });
  },
  'accounting.archive': (ctx, { year }) => {
    const contents = archiveContents(ctx.db, year);
    return later(async () => {
      const zip = await archiveZip(contents);
      return { fileName: zip.fileName, base64: base64(zip.bytes) };
    });
  },
};
