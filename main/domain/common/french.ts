/** How French people read dates and amounts: `22/11/2026`, `1 234,50 €`. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-11-30` → `30/11/2026`; anything that is not such a date is refused loudly. */
export function frenchDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new Error(`Date illisible : ${isoDate}`);
  return `${match[3]}/${match[2]}/${match[1]}`;
}

const EUROS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** 123450 → `1 234,50 €`, with the narrow no-break space and the no-break space French typography wants. */
export function euros(cents: number): string {
  return EUROS.format(cents / 100);
}
