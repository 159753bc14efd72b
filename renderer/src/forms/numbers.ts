import type { TFunction } from 'i18next';
import * as z from 'zod';

/** A whole number typed in a text field, between `min` and `max` (the server's own bounds), said as such when it is not. */
export function wholeNumberBetween(t: TFunction, min: number, max: number) {
  return z
    .string()
    .trim()
    .refine((text) => /^\d{1,6}$/.test(text) && Number(text) >= min && Number(text) <= max, { error: t('forms.whole_between', { min, max }) });
}
