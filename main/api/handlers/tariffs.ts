import { changedFields } from '../../domain/audit/changes';
import { listTariffs, updateTariffs } from '../../domain/tariffs/tariffs';
import type { tariffsContract } from '../contract/tariffs';
import type { HandlersFor } from './types';

const prices = (tariffs: { label: string; priceCents: number }[]) => Object.fromEntries(tariffs.map((t) => [t.label, t.priceCents]));

export const tariffsHandlers: HandlersFor<typeof tariffsContract> = {
  'tariffs.list': ({ db }) => listTariffs(db),
  'tariffs.update': (ctx, { tariffs }) => {
    const before = listTariffs(ctx.db);
    const after = updateTariffs(ctx.db, tariffs, ctx.at);
    // Keyed by label, so that the audit log reads « Journée : 15,00 € → 18,50 € ».
    ctx.auditExtra.changes = changedFields(prices(before), prices(after), 'priceCents');
    return after;
  },
};
