import type { InvoiceDocument, InvoiceLine } from '../schema';
import { euros, percent } from './format';
import type { Line, Sheet } from './sheet';
import { BAND, GREY, INK, run } from './sheet';
import { linePeriodWording, WORDS } from './wordings';

const SIZE = 9;
const PERIOD_SIZE = 7.5;
const PAD = 4;
const LINE = SIZE * 1.3;
/** Widths of the figures' columns; the description takes the rest. */
const FIGURES = [
  { key: 'quantity', width: 38 },
  { key: 'unitPrice', width: 80 },
  { key: 'vat', width: 46 },
  { key: 'net', width: 82 },
] as const;
type Figure = (typeof FIGURES)[number]['key'];

/** The lines' table, its column titles repeated at the top of every page it runs onto. */
export function drawTable(sheet: Sheet, doc: InvoiceDocument): void {
  const previous = sheet.onNewPage;
  sheet.onNewPage = () => {
    previous();
    drawColumnTitles(sheet);
  };
  sheet.ensure(3 * LINE + 20);
  drawColumnTitles(sheet);
  for (const line of doc.lines) drawRow(sheet, doc, line);
  sheet.onNewPage = previous;
}

function descriptionWidth(sheet: Sheet): number {
  return sheet.width - FIGURES.reduce((sum, column) => sum + column.width, 0);
}

/** The x where each figure column starts. */
function columnsX(sheet: Sheet): Record<Figure, number> {
  let x = sheet.left + descriptionWidth(sheet);
  const starts = {} as Record<Figure, number>;
  for (const column of FIGURES) {
    starts[column.key] = x;
    x += column.width;
  }
  return starts;
}

function drawColumnTitles(sheet: Sheet): void {
  const height = 18;
  const top = sheet.y;
  sheet.page.drawRectangle({ x: sheet.left, y: top - height, width: sheet.width, height, color: BAND });
  const baseline = top - height / 2 - 2.8;
  const options = { size: 7.5, style: 'bold' as const, color: INK };
  sheet.text(WORDS.columns.description.toUpperCase(), sheet.left + PAD, baseline, options);
  const starts = columnsX(sheet);
  for (const column of FIGURES) {
    sheet.text(WORDS.columns[column.key].toUpperCase(), starts[column.key], baseline, { ...options, align: 'right', width: column.width - PAD });
  }
  sheet.y = top - height;
}

function drawRow(sheet: Sheet, doc: InvoiceDocument, line: InvoiceLine): void {
  const lines: Line[] = sheet.wrap([run(line.description.trim() || WORDS.fallbackDescription)], SIZE, descriptionWidth(sheet) - 2 * PAD);
  const period = linePeriod(doc, line);
  const height = PAD + lines.length * LINE + (period ? PERIOD_SIZE * 1.4 : 0) + PAD;
  sheet.ensure(height);
  const top = sheet.y;
  let baseline = top - PAD - SIZE * 0.95;
  const starts = columnsX(sheet);
  const figures: Record<Figure, string> = {
    quantity: String(line.quantity),
    unitPrice: euros(line.unitPriceCents),
    vat: percent(line.vatBp),
    net: euros(line.netCents),
  };
  for (const column of FIGURES) {
    sheet.text(figures[column.key], starts[column.key], baseline, { size: SIZE, align: 'right', width: column.width - PAD });
  }
  for (const each of lines) {
    sheet.runs(each, sheet.left + PAD, baseline, { size: SIZE });
    baseline -= LINE;
  }
  if (period) sheet.text(period, sheet.left + PAD, baseline + LINE - PERIOD_SIZE * 1.4, { size: PERIOD_SIZE, color: GREY, style: 'italic' });
  sheet.y = top - height;
  sheet.rule(sheet.left, sheet.right, sheet.y);
}

/** A line's own dates, when they say more than the document's period. */
function linePeriod(doc: InvoiceDocument, line: InvoiceLine): string {
  const from = line.serviceFrom ?? line.serviceTo;
  const to = line.serviceTo ?? line.serviceFrom;
  if (!from || !to || (from === doc.serviceFrom && to === doc.serviceTo)) return '';
  return linePeriodWording(from, to);
}
