/** French business identifiers: SIREN (9 digits), SIRET (14 digits), RNA (associations). */

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** La Poste's establishments share SIREN 356000000; beyond the Luhn key, their SIRETs may use a digit-sum rule. */
const LA_POSTE_SIREN = '356000000';

export function isValidSiren(value: string): boolean {
  return /^\d{9}$/.test(value) && luhn(value);
}

export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (luhn(value)) return true;
  return value.startsWith(LA_POSTE_SIREN) && [...value].reduce((total, digit) => total + Number(digit), 0) % 5 === 0;
}

/** A SIREN (9 digits) or a SIRET (14 digits), either with a valid check key. */
export function isValidSirenOrSiret(value: string): boolean {
  return value.length === 9 ? isValidSiren(value) : isValidSiret(value);
}

/** The SIREN part of a SIREN or SIRET ('' when there is none). */
export function sirenOf(value: string): string {
  return value.slice(0, 9);
}

/** RNA number of an association: `W` then the prefecture code (2A/2B for Corsica) and digits. */
export function isValidRna(value: string): boolean {
  return /^W\d[\dAB]\d{7}$/.test(value);
}

/** Spaces, dots and dashes people type inside identifiers. */
export function compactIdentifier(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

/**
 * French intra-EU VAT number: `FR`, a two-character key, the SIREN. A numeric key is checked
 * ((12 + 3 × (SIREN mod 97)) mod 97); the rarer letter keys are accepted as written.
 */
export function isValidVatNumber(value: string): boolean {
  const match = /^FR([0-9A-Z]{2})(\d{9})$/.exec(value);
  if (!match) return false;
  const [, key = '', siren = ''] = match;
  if (!/^\d{2}$/.test(key)) return true;
  return Number(key) === (12 + 3 * (Number(siren) % 97)) % 97;
}

/** The SIREN inside a French VAT number. */
export function sirenOfVatNumber(value: string): string {
  return value.slice(4);
}

/** The French VAT number of a SIREN: `FR`, the key (12 + 3 × (SIREN mod 97)) mod 97 on two digits, the SIREN. */
export function vatNumberOf(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}
