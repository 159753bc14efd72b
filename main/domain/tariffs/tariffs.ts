import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import type { Tariff, TariffUpdate } from './schema';

const CARNETS = new Set(['carnet_half_days', 'carnet_days']);

export function listTariffs(db: Db): Tariff[] {
  return db
    .prepare(
      `SELECT code, label, price_cents AS priceCents, quantity, validity_months AS validityMonths
         FROM tariffs ORDER BY sort`,
    )
    .all() as Tariff[];
}

/** Today's price of a tariff, to be copied into what is sold (a later change leaves it as sold). */
export function tariffPrice(db: Db, code: string): number {
  return (sql(db, 'SELECT price_cents FROM tariffs WHERE code = ?').pluck().get(code) as number | undefined) ?? 0;
}

/** Updates labels and prices; a carnet needs its size and validity, other tariffs have neither. */
export function updateTariffs(db: Db, updates: TariffUpdate[], at: string): Tariff[] {
  const seen = new Set<string>();
  const statement = sql(db, 
    'UPDATE tariffs SET label = ?, price_cents = ?, quantity = ?, validity_months = ?, updated_at = ? WHERE code = ?',
  );
  updates.forEach((update, index) => {
    if (seen.has(update.code)) throw new Refusal('errors.tariffs.duplicate', { code: update.code }, { field: `tariffs.${index}.code` });
    seen.add(update.code);
    const carnet = CARNETS.has(update.code);
    if (carnet && (update.quantity === null || update.validityMonths === null)) {
      throw new Refusal('errors.tariffs.carnet_needs_size', { label: update.label }, { field: `tariffs.${index}.quantity` });
    }
    const quantity = carnet ? update.quantity : null;
    const validity = carnet ? update.validityMonths : null;
    statement.run(update.label, update.priceCents, quantity, validity, at, update.code);
  });
  return listTariffs(db);
}
