import { PDFDocument } from '@cantoo/pdf-lib';
import { embedDejaVu } from '../../common/pdf-fonts';
import type { InvoiceDocument } from '../schema';
import { facturXml } from './facturx';
import { frenchDate } from './format';
import { drawHeader } from './header';
import { embedLogo } from './logo';
import { drawFooters, drawMentions, drawPreamble, footerHeight } from './mentions';
import { makeFacturX } from './pdfa';
import { GREY, Sheet } from './sheet';
import { drawTable } from './table';
import { drawTotals } from './totals';
import { WORDS } from './wordings';

export interface InvoicePdfOptions {
  /** The association's logo as a `data:image/png|jpeg;base64,…` URL, '' for none. */
  logo: string;
}

/**
 * The printable invoice or credit note: an A4 PDF/A-3B in French with its Factur-X XML attached. The same document
 * always gives the same file: its dates are the issue date's, not the time it was printed.
 */
export async function invoicePdf(doc: InvoiceDocument, options: InvoicePdfOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const sheet = new Sheet(pdf, await embedDejaVu(pdf));
  sheet.bottom = footerHeight(sheet, doc);
  sheet.onNewPage = () => continuedHeader(sheet, doc);

  drawHeader(sheet, doc, await embedLogo(pdf, options.logo));
  drawPreamble(sheet, doc);
  drawTable(sheet, doc);
  drawTotals(sheet, doc);
  drawMentions(sheet, doc);
  drawFooters(sheet, doc);

  const title = `${WORDS.fileName[doc.kind]} ${doc.number}`;
  const [year, month, day] = doc.issueDate.split('-').map(Number) as [number, number, number];
  await makeFacturX(
    pdf,
    {
      title: `${title} — ${doc.seller.name}`,
      author: doc.seller.name,
      subject: `${title} du ${frenchDate(doc.issueDate)} pour ${doc.buyer.name}`,
      tool: 'Relais',
      date: new Date(Date.UTC(year, month - 1, day)),
    },
    facturXml(doc),
  );
  return pdf.save();
}

/** `Facture-F2026-0001.pdf`, `Avoir-A2026-0001.pdf`: what the file is called when saved or mailed. */
export function invoiceFileName(doc: Pick<InvoiceDocument, 'kind' | 'number'>): string {
  return `${WORDS.fileName[doc.kind]}-${doc.number.replace(/[^A-Za-z0-9_-]+/g, '_')}.pdf`;
}

function continuedHeader(sheet: Sheet, doc: InvoiceDocument): void {
  sheet.text(`${WORDS.title[doc.kind]} ${WORDS.number}${doc.number} ${WORDS.continued}`, sheet.left, sheet.y - 9, { size: 9, style: 'bold', color: GREY });
  sheet.y -= 22;
}
