import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** A phone number as E.164 (`+33556123456`), read as French when written without a country code. */
export function toE164(value: string): string | undefined {
  const parsed = parsePhoneNumberFromString(value, 'FR');
  return parsed?.isValid() ? parsed.number : undefined;
}

export function isValidPhone(value: string): boolean {
  return toE164(value) !== undefined;
}

/** Normalises a valid number to E.164 and leaves anything else as typed, for the validator to refuse. */
export function normalizePhone(value: string): string {
  return toE164(value) ?? value;
}
