import type { PDFImage } from '@cantoo/pdf-lib';
import type { InvoiceDocument } from '../schema';
import { cm } from '../../charter/pdf-layout';
import { frenchDate, sirenOf, spacedSiret } from './format';
import type { BlockItem, Sheet } from './sheet';
import { GREY, item, RULE, run } from './sheet';
import { dueWording, periodWording, WORDS } from './wordings';

const LOGO_BOX = { width: cm(4.5), height: cm(2.2) };
const RIGHT_COLUMN = cm(8);
const SMALL = 8.5;

/** The top of the first page: the association (with its logo) and the title on one row, the dates and the buyer on the next. */
export function drawHeader(sheet: Sheet, doc: InvoiceDocument, logo: PDFImage | null): void {
  const sellerBottom = drawSeller(sheet, doc.seller, logo);
  const titleBottom = drawTitle(sheet, doc);
  const rowTop = Math.min(sellerBottom, titleBottom) - 22;
  const datesBottom = sheet.block(dateItems(doc), sheet.left, sheet.width - RIGHT_COLUMN - 16, rowTop - 8);
  const buyerBottom = drawBuyer(sheet, doc, rowTop);
  sheet.y = Math.min(datesBottom, buyerBottom) - 20;
}

function drawSeller(sheet: Sheet, seller: InvoiceDocument['seller'], logo: PDFImage | null): number {
  let top = sheet.top;
  if (logo) {
    const scale = Math.min(LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height, 1);
    const height = logo.height * scale;
    sheet.page.drawImage(logo, { x: sheet.left, y: top - height, width: logo.width * scale, height });
    top -= height + 10;
  }
  return sheet.block(sellerItems(seller), sheet.left, sheet.width - RIGHT_COLUMN - 16, top);
}

/** The association's name, legal form and address, then its identifiers, then how to reach it. */
function sellerItems(seller: InvoiceDocument['seller']): BlockItem[] {
  const address = nonEmpty([seller.legalForm, ...addressLines(seller.address), `${seller.postcode} ${seller.city}`]);
  const contact = nonEmpty([nonEmpty([seller.phone, seller.email]).join(' · '), seller.website]);
  const spaced = (index: number) => (index === 0 ? 3 : 0);
  return [
    item(seller.name, 12.5, { style: 'bold', leading: 1.3 }),
    ...address.map((text) => item(text, SMALL)),
    ...identifiers(seller).map(([label, value], index) => ({ runs: [run(`${label}\u00a0: `), run(value)], size: SMALL, color: GREY, gap: spaced(index) })),
    ...contact.map((text, index) => item(text, SMALL, { color: GREY, gap: spaced(index) })),
  ];
}

const nonEmpty = (texts: string[]) => texts.map((text) => text.trim()).filter(Boolean);
const addressLines = (address: string) => nonEmpty(address.split(/\r?\n/));

function identifiers(seller: InvoiceDocument['seller']): [string, string][] {
  const found: [string, string][] = [];
  if (seller.siret.trim()) found.push([seller.siret.replace(/\s+/g, '').length === 9 ? 'SIREN' : 'SIRET', spacedSiret(seller.siret)]);
  if (seller.rna.trim()) found.push(['RNA', seller.rna.trim()]);
  if (seller.vatNumber.trim()) found.push(['N° TVA intracommunautaire', seller.vatNumber.trim()]);
  return found;
}

function drawTitle(sheet: Sheet, doc: InvoiceDocument): number {
  return sheet.block(
    [item(WORDS.title[doc.kind], 24, { style: 'bold', leading: 1.15 }), item(`${WORDS.number}${doc.number}`, 12, { style: 'bold', gap: 2 })],
    sheet.right - RIGHT_COLUMN,
    RIGHT_COLUMN,
    sheet.top,
    'right',
  );
}

function dateItems(doc: InvoiceDocument): BlockItem[] {
  const labelled = (label: string, value: string) => ({ runs: [run(label), run(value, 'bold')], size: 9.5 });
  const [periodLabel, periodValue] = splitLabel(periodWording(doc.serviceFrom, doc.serviceTo));
  const [dueLabel, dueValue] = splitLabel(dueWording(doc.dueDate));
  return [labelled(`${WORDS.issued}\u00a0: `, frenchDate(doc.issueDate)), labelled(periodLabel, periodValue), labelled(dueLabel, dueValue)];
}

/** `Échéance : 31/12/2026` → [`Échéance : `, `31/12/2026`]: the value is set in bold. */
function splitLabel(wording: string): [string, string] {
  const at = wording.indexOf(':') + 2;
  return [wording.slice(0, at), wording.slice(at)];
}

/** The buyer in a light frame on the right, where a window envelope shows it. */
function drawBuyer(sheet: Sheet, doc: InvoiceDocument, top: number): number {
  const pad = 9;
  const x = sheet.right - RIGHT_COLUMN;
  const inner = RIGHT_COLUMN - 2 * pad;
  const { buyer } = doc;
  const siren = sirenOf(buyer.siren);
  const items: BlockItem[] = [
    item((doc.kind === 'invoice' ? WORDS.billedTo : WORDS.creditedTo).toUpperCase(), 7, { color: GREY, style: 'bold' }),
    item(buyer.name, 10.5, { style: 'bold', gap: 2 }),
    ...nonEmpty([...addressLines(buyer.address), `${buyer.postcode} ${buyer.city}`]).map((line) => item(line, 9.5)),
    ...(siren ? [{ runs: [run('SIREN\u00a0: '), run(spacedSiret(siren))], size: 8.5, color: GREY, gap: 3 }] : []),
  ];
  const height = sheet.blockHeight(items, inner) + 2 * pad;
  sheet.page.drawRectangle({ x, y: top - height, width: RIGHT_COLUMN, height, borderColor: RULE, borderWidth: 0.8 });
  sheet.block(items, x + pad, inner, top - pad);
  return top - height;
}
