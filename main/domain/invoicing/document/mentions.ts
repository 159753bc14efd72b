import type { InvoiceDocument } from '../schema';
import type { BlockItem, Sheet } from './sheet';
import { GREY, item } from './sheet';
import { correctsWording, recoveryWording, WORDS } from './wordings';

const SIZE = 8;
const FOOTER_SIZE = 7;
/** Where the page number's baseline sits, above the paper's edge. */
const PAGE_LINE = 28;

/** Under the title: which invoice a credit note corrects, and the document's note. */
export function drawPreamble(sheet: Sheet, doc: InvoiceDocument): void {
  const items: BlockItem[] = [];
  if (doc.corrects) items.push(item(correctsWording(doc.corrects), 10, { style: 'bold' }));
  if (doc.note.trim()) items.push(item(doc.note.trim(), 9, { style: 'italic', gap: items.length > 0 ? 2 : 0 }));
  if (items.length === 0) return;
  sheet.y = sheet.block(items, sheet.left, sheet.width, sheet.y) - 12;
}

/** The legal mentions below the totals, kept together. */
export function drawMentions(sheet: Sheet, doc: InvoiceDocument): void {
  const items = mentionItems(doc);
  const height = 18 + sheet.blockHeight(items, sheet.width);
  sheet.ensure(height);
  sheet.rule(sheet.left, sheet.right, sheet.y - 12);
  sheet.y = sheet.block(items, sheet.left, sheet.width, sheet.y - 18);
}

function mentionItems(doc: InvoiceDocument): BlockItem[] {
  const texts: string[] = [WORDS.nature];
  if (doc.vat.optionDebits) texts.push(WORDS.optionDebits);
  if (doc.buyer.business) {
    if (doc.vat.latePenalty.trim()) texts.push(doc.vat.latePenalty.trim());
    texts.push(recoveryWording(doc.vat.recoveryIndemnityCents), WORDS.noDiscount);
  }
  return texts.map((text, index) => item(text, SIZE, { gap: index === 0 ? 0 : 1.5 }));
}

/** The height the footer takes above the bottom of every page (the association's wording and the page line). */
export function footerHeight(sheet: Sheet, doc: InvoiceDocument): number {
  const wording = footerItems(doc);
  return PAGE_LINE + 14 + (wording.length > 0 ? sheet.blockHeight(wording, sheet.width) + 8 : 0);
}

function footerItems(doc: InvoiceDocument): BlockItem[] {
  return doc.vat.footer.trim() ? [item(doc.vat.footer.trim(), FOOTER_SIZE, { color: GREY, leading: 1.35 })] : [];
}

/** On every page: the footer wording, centred, then the document and « Page 1/2 ». */
export function drawFooters(sheet: Sheet, doc: InvoiceDocument): void {
  const total = sheet.pages.length;
  const wording = footerItems(doc);
  const wordingTop = PAGE_LINE + 10 + sheet.blockHeight(wording, sheet.width);
  const label = `${WORDS.fileName[doc.kind]} ${doc.number} — ${doc.seller.name}`;
  sheet.pages.forEach((page, index) => {
    const current = sheet.page;
    sheet.page = page;
    if (wording.length > 0) {
      sheet.rule(sheet.left, sheet.right, wordingTop + 4);
      sheet.block(wording, sheet.left, sheet.width, wordingTop, 'center');
    }
    sheet.text(label, sheet.left, PAGE_LINE, { size: FOOTER_SIZE, color: GREY });
    sheet.text(`Page ${index + 1}/${total}`, sheet.left, PAGE_LINE, { size: FOOTER_SIZE, color: GREY, align: 'right', width: sheet.width });
    sheet.page = current;
  });
}
