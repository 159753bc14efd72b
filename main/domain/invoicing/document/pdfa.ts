import { createHash } from 'node:crypto';
import type { PDFDocument } from '@cantoo/pdf-lib';
import { AFRelationship, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';
import { FACTURX_FILE_NAME } from './facturx';
import { SRGB_ICC } from './srgb-icc';
import type { XmpFacts } from './xmp';
import { xmpPacket } from './xmp';

/**
 * Makes `pdf` a PDF/A-3B Factur-X invoice: Info and XMP saying the same, the sRGB output intent, the XML attached as
 * the invoice's alternative representation, and a document ID. The pages must already use embedded fonts only, no
 * transparency and device RGB or grey colours.
 */
export async function makeFacturX(pdf: PDFDocument, facts: XmpFacts, xml: string): Promise<void> {
  pdf.setTitle(facts.title, { showInWindowTitleBar: true });
  pdf.setAuthor(facts.author);
  pdf.setSubject(facts.subject);
  pdf.setCreator(facts.tool);
  pdf.setProducer(facts.tool);
  pdf.setCreationDate(facts.date);
  pdf.setModificationDate(facts.date);
  pdf.setLanguage('fr-FR');

  const xmlBytes = new TextEncoder().encode(xml);
  // EN 16931 is a complete invoice: « Alternative » (Factur-X 1.0 / ZUGFeRD 2.1 keep « Data » for MINIMUM and BASIC WL).
  await pdf.attach(xmlBytes, FACTURX_FILE_NAME, {
    mimeType: 'text/xml',
    description: 'Factur-X',
    creationDate: facts.date,
    modificationDate: facts.date,
    afRelationship: AFRelationship.Alternative,
  });
  addOutputIntent(pdf);
  addMetadata(pdf, xmpPacket(facts));
  // Two equal halves: a first version of the file, derived from what it holds, so the same invoice keeps its ID.
  const id = PDFHexString.of(createHash('sha256').update(xml).digest('hex').slice(0, 32));
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);
}

function addOutputIntent(pdf: PDFDocument): void {
  const profile = pdf.context.register(pdf.context.flateStream(SRGB_ICC, { N: 3 }));
  const intent = pdf.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    RegistryName: PDFString.of('http://www.color.org'),
    DestOutputProfile: profile,
  });
  pdf.catalog.set(PDFName.of('OutputIntents'), pdf.context.obj([pdf.context.register(intent)]));
}

/** The XMP stream stays uncompressed, so that any tool (and PDF/A-1 readers) can read it as is. */
function addMetadata(pdf: PDFDocument, xmp: string): void {
  const stream = pdf.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}
