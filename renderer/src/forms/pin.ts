import type { TFunction } from 'i18next';
import * as z from 'zod';

/** A new PIN typed twice: 4 to 8 digits, and the same both times. */
export function newPinSchema<T extends z.ZodRawShape>(t: TFunction, shape: T) {
  return z
    .object({ ...shape, pin: z.string().regex(/^\d{4,8}$/, { error: t('forms.pin') }), confirm: z.string() })
    .refine((values) => (values as { pin: string }).pin === (values as { confirm: string }).confirm, { error: t('forms.pin_mismatch'), path: ['confirm'] });
}

export const pinInputProps = { htmlInput: { inputMode: 'numeric' as const, autoComplete: 'new-password' } };
