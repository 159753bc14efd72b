import type { Detail } from './InvoiceHeader';

/** How much of each line is left to credit, in the order of the lines (the contract says it per position). */
export function leftToCredit(detail: Detail): number[] {
  return detail.lines.map((line) => detail.leftToCredit.find((left) => left.position === line.position)?.quantity ?? 0);
}
