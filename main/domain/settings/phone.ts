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

/** A stored E.164 number as French people write it (`05 57 51 00 00`); other countries stay international. */
export function nationalPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === 'FR' ? parsed.formatNational() : parsed.formatInternational();
}
