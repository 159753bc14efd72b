import type { PDFPage } from '@cantoo/pdf-lib';
import { LineCapStyle, PDFDocument, rgb } from '@cantoo/pdf-lib';
import { frenchDate } from '../common/french';
import { embedDejaVu } from '../common/pdf-fonts';
import { strokePath } from './drawing';
import type { Line, Run, Style } from './pdf-layout';
import { A4, cm, GREY, INK, MARGIN, markdownBlocks, PageWriter, wrap } from './pdf-layout';

/** Everything the printable copy of a signed charter shows. */
export interface SignedCopy {
  spaceName: string;
  memberName: string;
  versionNumber: number;
  /** `YYYY-MM-DD`, the day the version was written. */
  versionDate: string;
  textSha256: string;
  /** The exact text signed, in Markdown. */
  markdown: string;
  /** ISO-8601 with the Paris offset: its digits are printed as written. */
  signedAt: string;
  method: 'kiosk' | 'desk';
  /** The staff member present when signed at the desk, '' otherwise. */
  witness: string;
  /** The signature as drawn, in canvas pixels with y downwards. */
  drawing: { width: number; height: number; strokes: [number, number][][] };
}

const BODY = 10;
const HEADING_SIZES = [15, 12.5, 11];
const LIST_INDENT = 18;
const SIGNATURE_BOX = { width: cm(8), height: cm(3) };
const PEN = rgb(0x1a / 255, 0x2a / 255, 0x6c / 255);

/** The signed copy of the charter, as an A4 PDF to print or hand to the member. */
export async function signedCopyPdf(copy: SignedCopy): Promise<Uint8Array> {
  const signed = wallClock(copy.signedAt);
  const doc = await PDFDocument.create();
  const title = `Charte de vie commune — ${copy.spaceName}`;
  doc.setTitle(`${title} (version ${copy.versionNumber}), signée par ${copy.memberName}`, { showInWindowTitleBar: true });
  doc.setAuthor(copy.spaceName);
  doc.setLanguage('fr-FR');
  doc.setCreator('Relais');
  doc.setProducer('Relais');
  doc.setCreationDate(signed.instant);
  doc.setModificationDate(signed.instant);

  const writer = new PageWriter(doc, await embedDejaVu(doc));
  writer.text([{ text: title, style: 'bold' }], { size: 18, leading: 1.3 });
  writer.text([{ text: `Version ${copy.versionNumber} du ${frenchDate(copy.versionDate)}`, style: 'italic' }], { size: 10.5, color: GREY });
  writer.gap(4);
  rule(writer);
  drawMarkdown(writer, copy.markdown);
  drawSignature(writer, copy, signed);
  drawFooters(writer, copy);
  return doc.save();
}

/** `2026-12-01T09:05:00+01:00` → 01/12/2026 and « 09 h 05 » as the clock read, whatever the machine's zone. */
function wallClock(signedAt: string): { date: string; time: string; instant: Date } {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(signedAt);
  const instant = new Date(signedAt);
  if (!match?.[1] || Number.isNaN(instant.getTime())) throw new Error(`Date de signature illisible : ${signedAt}`);
  return { date: frenchDate(match[1]), time: `${match[2]}\u00a0h\u00a0${match[3]}`, instant };
}

function rule(writer: PageWriter): void {
  const y = writer.reserve(8) - 4;
  writer.page.drawLine({ start: { x: writer.left, y }, end: { x: writer.left + writer.width, y }, thickness: 0.5, color: GREY });
}

function drawMarkdown(writer: PageWriter, markdown: string): void {
  let inList = false;
  for (const block of markdownBlocks(markdown)) {
    if (block.kind === 'rule') {
      writer.gap(4);
      rule(writer);
    } else if (block.kind === 'heading') {
      const size = HEADING_SIZES[Math.min(block.depth, HEADING_SIZES.length) - 1] ?? BODY;
      writer.gap(size * 0.8);
      // A heading never ends a page: it stays with the first two lines under it.
      writer.keep(size * 1.3 + BODY * 1.45 * 2);
      writer.text(block.runs.map(emphasised), { size, leading: 1.3 });
      writer.gap(size * 0.2);
    } else {
      const listItem = block.indent > 0;
      writer.gap(listItem && inList ? 2 : BODY * 0.5);
      writer.text(block.runs, { size: BODY, indent: block.indent * LIST_INDENT, marker: block.marker });
    }
    inList = block.kind === 'text' && block.indent > 0;
  }
}

const emphasised = (run: Run): Run => ({ ...run, style: run.style === 'italic' || run.style === 'boldItalic' ? 'boldItalic' : run.style === 'mono' ? 'mono' : 'bold' });

/** The framed block under the text: who signed, when, how, the drawn signature and the text's fingerprint. */
function drawSignature(writer: PageWriter, copy: SignedCopy, signed: ReturnType<typeof wallClock>): void {
  const pad = 10;
  const inner = writer.width - 2 * pad;
  const how =
    copy.method === 'kiosk'
      ? 'Signature recueillie à la borne d’accueil'
      : `Signature recueillie à l’accueil${copy.witness.trim() ? `, en présence de ${copy.witness.trim()}` : ''}`;
  const parts: { lines: Line[]; size: number; after: number }[] = [
    { size: 10.5, after: 0, runs: [r('Signé par '), r(copy.memberName, 'bold'), r(` le ${signed.date} à ${signed.time}`)] },
    { size: 9, after: 6, runs: [r(how, 'italic')] },
    { size: 7.5, after: 0, runs: [r('Empreinte SHA-256 du texte signé\u00a0: '), r(copy.textSha256, 'mono')] },
  ].map(({ runs, ...part }) => ({ ...part, lines: wrap(runs, writer.fonts, part.size, inner) }));
  const heightOf = (part: (typeof parts)[number]) => part.lines.length * part.size * 1.45 + part.after;
  const height = 2 * pad + parts.reduce((sum, part) => sum + heightOf(part), 0) + SIGNATURE_BOX.height + 6;

  writer.gap(18);
  const top = writer.reserve(height);
  const page = writer.page;
  page.drawRectangle({ x: writer.left, y: top - height, width: writer.width, height, borderColor: INK, borderWidth: 0.8 });
  let y = top - pad;
  parts.forEach((part, index) => {
    if (index === 2) {
      drawStrokes(page, copy.drawing, { x: writer.left + pad, top: y, ...SIGNATURE_BOX });
      y -= SIGNATURE_BOX.height + 6;
    }
    for (const line of part.lines) {
      writer.line(line, writer.left + pad, y, part.size);
      y -= part.size * 1.45;
    }
    y -= part.after;
  });
}

const r = (text: string, style: Style = 'regular'): Run => ({ text, style });

/** The strokes scaled to fit the box, proportions kept, centred, drawn as the SVG record draws them. */
function drawStrokes(page: PDFPage, drawing: SignedCopy['drawing'], box: { x: number; top: number; width: number; height: number }): void {
  page.drawRectangle({ x: box.x, y: box.top - box.height, width: box.width, height: box.height, borderColor: rgb(0.75, 0.75, 0.75), borderWidth: 0.5, borderDashArray: [2, 2] });
  if (!(drawing.width > 0 && drawing.height > 0)) return;
  const scale = Math.min(box.width / drawing.width, box.height / drawing.height);
  const dx = (box.width - drawing.width * scale) / 2;
  const dy = (box.height - drawing.height * scale) / 2;
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);
  // The pad's 2.5 px pen, at the drawing's scale, kept legible.
  const borderWidth = Math.min(Math.max(2.5 * scale, 0.8), 2);
  for (const stroke of drawing.strokes) {
    // From the box's top-left corner, y downwards as on the canvas: drawSvgPath flips it.
    const path = strokePath(stroke.map(([x, y]) => [dx + clamp(x, drawing.width) * scale, dy + clamp(y, drawing.height) * scale] as const));
    if (path) page.drawSvgPath(path, { x: box.x, y: box.top, borderColor: PEN, borderWidth, borderLineCap: LineCapStyle.Round });
  }
}

/** « Page 2 / 3 » on every page, with who and what the copy is for when a page strays from the others. */
function drawFooters(writer: PageWriter, copy: SignedCopy): void {
  const size = 8;
  const total = writer.pages.length;
  writer.pages.forEach((page, index) => {
    const label = `Page ${index + 1} / ${total}`;
    const labelWidth = writer.fonts.regular.widthOfTextAtSize(label, size);
    const top = MARGIN / 2 + size;
    writer.line([r(label)], A4[0] - MARGIN - labelWidth, top, size, { leading: 1, color: GREY, page });
    const about = wrap([r(`Charte de vie commune, version ${copy.versionNumber} — exemplaire signé par ${copy.memberName}`)], writer.fonts, size, writer.width - labelWidth - 20);
    writer.line(about[0] ?? [], writer.left, top, size, { leading: 1, color: GREY, page });
  });
}
