import * as z from 'zod';
import { Cents, requiredText } from '../common/schemas';

/** The application knows what each tariff is for; the association sets labels and prices. */
export const TARIFF_CODES = [
  'half_day',
  'day',
  'carnet_half_days',
  'carnet_days',
  'permanent_month',
  'membership_year',
  'trainee_week',
] as const;
export const TariffCode = z.enum(TARIFF_CODES);
export type TariffCode = z.infer<typeof TariffCode>;

export const Tariff = z.strictObject({
  code: TariffCode,
  label: z.string(),
  /** Excluding VAT. */
  priceCents: Cents,
  /** Units in a carnet (half-days or days). */
  quantity: z.int().positive().nullable(),
  /** How long a carnet stays valid after purchase. */
  validityMonths: z.int().positive().nullable(),
});
export type Tariff = z.infer<typeof Tariff>;

export const TariffUpdate = z.strictObject({
  code: TariffCode,
  label: requiredText(80),
  priceCents: Cents,
  quantity: z.int().min(1).max(100).nullable(),
  validityMonths: z.int().min(1).max(60).nullable(),
});
export type TariffUpdate = z.infer<typeof TariffUpdate>;

export const UpdateTariffsInput = z.strictObject({ tariffs: z.array(TariffUpdate).min(1).max(TARIFF_CODES.length) });
