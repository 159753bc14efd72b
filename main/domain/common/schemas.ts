import * as z from 'zod';
import { isValidIsoDate } from './time';

/** A calendar date `YYYY-MM-DD`. */
export const IsoDate = z.string().refine(isValidIsoDate, { error: 'validation.date' });

/** A calendar month `YYYY-MM`. */
export const Month = z.string().regex(/^(20\d\d)-(0[1-9]|1[0-2])$/, { error: 'validation.month' });

/** A time of day `HH:MM`, 24-hour clock. */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' });

/** An instant as ISO-8601 with its offset (`2026-11-22T08:42:00+01:00`). */
export const Instant = z.iso.datetime({ offset: true, error: 'validation.instant' });

/** A database row id. */
export const Id = z.int().positive();

/** An amount of money in integer cents (up to 100 000 €). */
export const Cents = z.int().min(0).max(10_000_000);

/** Text a person types: trimmed, required, bounded. */
export function requiredText(max: number) {
  return z.string().trim().min(1).max(max);
}

/** Text that may be left empty (stored as ''). */
export function optionalText(max: number) {
  return z.string().trim().max(max);
}

/**
 * Text that may be left empty, or else must pass `test` (a SIRET, an e-mail…); `normalize` runs
 * first (e.g. removes the spaces people type in a SIRET). `error` is a `validation.*` message key.
 */
export function blankOr(test: (value: string) => boolean, error: string, normalize: (value: string) => string = (v) => v) {
  return z
    .string()
    .trim()
    .overwrite(normalize)
    .refine((value) => value === '' || test(value), { error });
}

export const Language = z.enum(['fr', 'en']);
