/** How amounts, rates and dates are written: in the XML (`1234.50`, `20.00`, `20261130`) and on the page (`1 234,50 €`, `22/11/2026`). */

export { euros, frenchDate } from '../../common/french';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateParts(isoDate: string): [string, string, string] {
  const match = ISO_DATE.exec(isoDate);
  if (!match?.[1] || !match[2] || !match[3]) throw new Error(`Date illisible : ${isoDate}`);
  return [match[1], match[2], match[3]];
}

/** `2026-11-30` → `20261130` (UN/CEFACT format 102). */
export function date102(isoDate: string): string {
  return dateParts(isoDate).join('');
}


/** Integer hundredths as a decimal with a dot and two decimals, computed on integers: -123456 → `-1234.56`. */
export function decimal2(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const absolute = Math.abs(hundredths);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}


/** 2000 → `20 %`, 550 → `5,5 %`. */
export function percent(basisPoints: number): string {
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(basisPoints / 100)}\u00a0%`;
}

/** `12345678900012` → `123 456 789 00012`; anything else as given. */
export function spacedSiret(siret: string): string {
  const digits = siret.replace(/\s+/g, '');
  if (/^\d{14}$/.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`;
  if (/^\d{9}$/.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  return siret;
}

/** The SIREN of a SIRET or SIREN (its first nine digits), '' when there is none. */
export function sirenOf(siretOrSiren: string): string {
  const digits = siretOrSiren.replace(/\s+/g, '');
  return /^\d{9}(\d{5})?$/.test(digits) ? digits.slice(0, 9) : '';
}

/** `FR7630006000011234567890189` → `FR76 3000 6000 0112 3456 7890 189`. */
export function spacedIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}
