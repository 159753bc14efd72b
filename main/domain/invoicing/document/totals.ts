import { cm } from '../../charter/pdf-layout';
import type { InvoiceDocument } from '../schema';
import { euros, percent, spacedIban } from './format';
import type { BlockItem, Sheet } from './sheet';
import { BAND, GREY, INK, item, run } from './sheet';
import { dueWording, WORDS } from './wordings';

const WIDTH = cm(8);
const SIZE = 9.5;
const ROW = SIZE * 1.75;
const PAD = 6;

interface TotalRow {
  label: string;
  cents: number;
  strong?: boolean;
}

/** The totals on the right, the exemption wording right under them, and how to pay on the left: kept on one page. */
export function drawTotals(sheet: Sheet, doc: InvoiceDocument): void {
  const rows = totalRows(doc);
  const exemption = doc.vat.exemptionWording.trim() ? [item(doc.vat.exemptionWording.trim(), 9, { style: 'bold' })] : [];
  const payment = paymentItems(doc);
  const leftWidth = sheet.width - WIDTH - 24;
  const totalsHeight = rows.length * ROW + 4 + (exemption.length > 0 ? 6 + sheet.blockHeight(exemption, WIDTH) : 0);
  sheet.ensure(14 + Math.max(totalsHeight, sheet.blockHeight(payment, leftWidth)));
  const top = sheet.y - 14;
  const x = sheet.right - WIDTH;
  let y = top;
  for (const row of rows) {
    y = drawTotalRow(sheet, row, x, y);
  }
  const totalsBottom = sheet.block(exemption, x, WIDTH, y - 6, 'right');
  const paymentBottom = sheet.block(payment, sheet.left, leftWidth, top);
  sheet.y = Math.min(totalsBottom, paymentBottom);
}

function totalRows(doc: InvoiceDocument): TotalRow[] {
  // Under the franchise or an exemption a single « TVA 0,00 € »; when VAT is charged, one row per rate.
  const rates = [...doc.byRate].sort((a, b) => b.vatBp - a.vatBp);
  const vatRows =
    doc.vat.regime === 'assujetti' && rates.length > 0
      ? rates.map((rate) => ({ label: `${WORDS.vat} ${percent(rate.vatBp)}`, cents: rate.vatCents }))
      : [{ label: WORDS.vat, cents: doc.vatCents }];
  return [
    { label: WORDS.totalNet, cents: doc.netCents },
    ...vatRows,
    { label: WORDS.totalGross, cents: doc.grossCents },
    { label: WORDS.toPay[doc.kind], cents: doc.grossCents, strong: true },
  ];
}

function drawTotalRow(sheet: Sheet, row: TotalRow, x: number, top: number): number {
  const size = row.strong ? 11 : SIZE;
  const height = row.strong ? ROW + 6 : ROW;
  const y = top - (row.strong ? 4 : 0);
  if (row.strong) sheet.page.drawRectangle({ x, y: y - height, width: WIDTH, height, color: BAND });
  else sheet.rule(x, x + WIDTH, y - height);
  const baseline = y - height / 2 - size * 0.35;
  const style = row.strong ? 'bold' : 'regular';
  sheet.text(row.label, x + PAD, baseline, { size, style, color: INK });
  sheet.text(euros(row.cents), x, baseline, { size, style, align: 'right', width: WIDTH - PAD });
  return y - height;
}

/** When and how to pay; a credit note only recalls which invoice it corrects (printed above the table). */
function paymentItems(doc: InvoiceDocument): BlockItem[] {
  if (doc.kind !== 'invoice') return [];
  const { iban, bic } = doc.seller;
  const items: BlockItem[] = [item(WORDS.payment.toUpperCase(), 7.5, { style: 'bold', color: GREY }), item(dueWording(doc.dueDate), 9, { style: 'bold', gap: 3 })];
  if (iban.trim()) {
    items.push(item(WORDS.transfer, 8.5, { gap: 3 }));
    items.push({ runs: [run('IBAN\u00a0: ', 'regular'), run(spacedIban(iban), 'bold')], size: 8.5 });
    if (bic.trim()) items.push({ runs: [run('BIC\u00a0: '), run(bic.trim(), 'bold')], size: 8.5 });
    items.push({ runs: [run(`${WORDS.reference}\u00a0: `), run(doc.number, 'bold')], size: 8.5, gap: 3 });
  }
  return items;
}
