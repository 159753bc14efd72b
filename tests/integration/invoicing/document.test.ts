import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { facturXml, invoiceFileName, invoicePdf } from '../../../main/domain/invoicing/document';
import type { InvoiceDocument } from '../../../main/domain/invoicing/schema';
import { ASSUJETTI, CREDIT_NOTE, EXONERATION, FRANCHISE, LONG } from '../../fixtures/factur-x/documents';

const XSD = join(import.meta.dirname, '../../fixtures/factur-x/Factur-X_1.07.3_EN16931.xsd');
const LOGO = `data:image/png;base64,${readFileSync(join(import.meta.dirname, '../../../resources/icon.png')).toString('base64')}`;

const lacking = (tools: string[]) => tools.filter((tool) => spawnSync(tool, ['--version']).error);
const noXmllint = lacking(['xmllint']);
const noPoppler = lacking(['pdfinfo', 'pdfdetach', 'pdffonts', 'pdftotext', 'pdfimages']);
if (noXmllint.length > 0) console.warn('Factur-X XSD tests skipped: xmllint not found (install libxml2-utils).');
if (noPoppler.length > 0) console.warn(`Invoice PDF tests skipped: ${noPoppler.join(', ')} not found (install poppler-utils).`);
const withXmllint = noXmllint.length > 0 ? it.skip : it;
const withPoppler = noPoppler.length > 0 ? it.skip : it;

const dir = mkdtempSync(join(tmpdir(), 'relais-invoice-document-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

async function pdfFile(doc: InvoiceDocument, logo = LOGO): Promise<string> {
  const file = join(dir, `${doc.number}-${logo ? 'logo' : 'plain'}.pdf`);
  writeFileSync(file, await invoicePdf(doc, { logo }));
  return file;
}

/** The page as pdftotext lays it out, no-break spaces read as spaces and runs of spaces as one. */
async function pageText(doc: InvoiceDocument): Promise<string> {
  return run('pdftotext', ['-layout', '-enc', 'UTF-8', await pdfFile(doc), '-']).replace(/[\u00a0\u202f]/g, ' ');
}
const squeezed = (text: string) => text.replace(/ {2,}/g, ' ');

function xsdErrors(xml: string, name: string): string {
  const file = join(dir, `${name}.xml`);
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return result.status === 0 ? '' : result.stderr;
}

describe('the Factur-X XML (CII, EN 16931)', () => {
  withXmllint.each([
    ['franchise', FRANCHISE],
    ['exonération', EXONERATION],
    ['assujetti', ASSUJETTI],
    ['credit note', CREDIT_NOTE],
    ['60 lines', LONG],
  ])('validates against the Factur-X 1.07.3 EN 16931 XSD: %s', (name, doc) => {
    expect(xsdErrors(facturXml(doc), name.replace(/\W+/g, '-'))).toBe('');
  });

  it('declares the EN 16931 profile, the type code, the dates and the seller’s SIREN', () => {
    const xml = facturXml(FRANCHISE);
    expect(xml).toContain('<ram:ID>urn:cen.eu:en16931:2017</ram:ID>');
    expect(xml).toContain('<ram:TypeCode>380</ram:TypeCode>');
    expect(xml).toMatch(/<ram:IssueDateTime>\s*<udt:DateTimeString format="102">20261201</);
    expect(xml).toMatch(/<ram:DueDateDateTime>\s*<udt:DateTimeString format="102">20261231</);
    expect(xml).toMatch(/<ram:StartDateTime>\s*<udt:DateTimeString format="102">20261101</);
    expect(xml).toContain('<ram:ID schemeID="0002">812345678</ram:ID>');
    // No VAT number: the SIREN stands as the tax registration that an exempt invoice must name (BR-E-02).
    expect(xml).toContain('<ram:ID schemeID="FC">812345678</ram:ID>');
    expect(xml).toContain('<ram:ChargeAmount>1234.50</ram:ChargeAmount>');
    expect(xml).toContain('<ram:DuePayableAmount>1270.80</ram:DuePayableAmount>');
  });

  it('writes the franchise as category E with its wording and VATEX code', () => {
    const xml = facturXml(FRANCHISE);
    expect(xml).toContain('<ram:ExemptionReason>TVA non applicable, art. 293 B du CGI</ram:ExemptionReason>');
    expect(xml).toContain('<ram:ExemptionReasonCode>VATEX-FR-FRANCHISE</ram:ExemptionReasonCode>');
    expect(xml).not.toContain('<ram:CategoryCode>S</ram:CategoryCode>');
    expect(xml.match(/<ram:CategoryCode>E<\/ram:CategoryCode>/g)).toHaveLength(FRANCHISE.lines.length + 1);
  });

  it('writes the exonération as category E with the article, without a franchise code', () => {
    const xml = facturXml(EXONERATION);
    expect(xml).toContain('<ram:ExemptionReason>Exonération de TVA, art. 261-7-1° du CGI</ram:ExemptionReason>');
    expect(xml).not.toContain('VATEX');
    // No IBAN: the means of payment is left undefined (UNTDID 4461 code 1).
    expect(xml).toMatch(/<ram:SpecifiedTradeSettlementPaymentMeans>\s*<ram:TypeCode>1</);
  });

  it('charges VAT at 20 % with the buyer’s SIREN, the VAT number, the transfer and the option for debits', () => {
    const xml = facturXml(ASSUJETTI);
    expect(xml).toMatch(/<ram:CategoryCode>S<\/ram:CategoryCode>\s*<ram:DueDateTypeCode>5<\/ram:DueDateTypeCode>\s*<ram:RateApplicablePercent>20.00</);
    expect(xml).toContain('<ram:CalculatedAmount>294.90</ram:CalculatedAmount>');
    expect(xml).toContain('<ram:ID schemeID="VA">FR32812345678</ram:ID>');
    expect(xml).toMatch(/<ram:BuyerTradeParty>[\s\S]*<ram:ID schemeID="0002">552100554<\/ram:ID>[\s\S]*<\/ram:BuyerTradeParty>/);
    expect(xml).toMatch(/<ram:TypeCode>58<\/ram:TypeCode>[\s\S]*<ram:IBANID>FR7630006000011234567890189<\/ram:IBANID>[\s\S]*<ram:BICID>AGRIFRPP</);
    expect(xml).toContain('<ram:Name>Tonnellerie Dubois &amp; Fils &lt;SAS&gt;</ram:Name>');
    expect(xml).toContain('<ram:SubjectCode>PMT</ram:SubjectCode>');
  });

  it('writes a credit note as type 381 with positive amounts and the invoice it corrects', () => {
    const xml = facturXml(CREDIT_NOTE);
    expect(xml).toContain('<ram:TypeCode>381</ram:TypeCode>');
    expect(xml).not.toMatch(/>-\d/);
    expect(xml).toContain('<ram:LineTotalAmount>617.25</ram:LineTotalAmount>');
    expect(xml).toContain('<ram:GrandTotalAmount>740.70</ram:GrandTotalAmount>');
    expect(xml).toMatch(/<ram:InvoiceReferencedDocument>\s*<ram:IssuerAssignedID>F2026-0003<\/ram:IssuerAssignedID>\s*<ram:FormattedIssueDateTime>\s*<qdt:DateTimeString format="102">20261115</);
    expect(xml).not.toContain('SpecifiedTradeSettlementPaymentMeans');
  });
});

describe('the invoice PDF (PDF/A-3B Factur-X)', () => {
  withPoppler('says PDF/A-3B and Factur-X EN 16931 in its XMP, and carries factur-x.xml exactly', async () => {
    for (const doc of [FRANCHISE, CREDIT_NOTE]) {
      const file = await pdfFile(doc);
      const meta = run('pdfinfo', ['-meta', file]);
      expect(meta).toMatch(/<pdfaid:part>3<\/pdfaid:part>|pdfaid:part="3"/);
      expect(meta).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>|pdfaid:conformance="B"/);
      expect(meta).toContain('<fx:DocumentType>INVOICE</fx:DocumentType>');
      expect(meta).toContain('<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>');
      expect(meta).toContain('<fx:Version>1.0</fx:Version>');
      expect(meta).toContain('<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>');
      expect(meta).toContain('<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>');

      expect(run('pdfdetach', ['-list', file])).toContain('factur-x.xml');
      const saved = join(dir, `${doc.number}-attached.xml`);
      run('pdfdetach', ['-save', '1', '-o', saved, file]);
      expect(readFileSync(saved, 'utf8')).toBe(facturXml(doc));
    }
  });

  withPoppler('embeds every font, flattens the logo (no soft mask) and is the same file each time', async () => {
    const file = await pdfFile(ASSUJETTI);
    const fonts = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/Identity-H\s+yes/);
    const images = run('pdfimages', ['-list', file]).trim().split('\n').slice(2);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^\s*1\s+0\s+image\s+512\s+512\s+rgb/);
    expect(Buffer.from(await invoicePdf(ASSUJETTI, { logo: LOGO })).equals(readFileSync(file))).toBe(true);
  });

  withPoppler('prints every mention of an invoice under the franchise, to a private person', async () => {
    const text = await pageText(FRANCHISE);
    const flat = squeezed(text);
    for (const mention of [
      'FACTURE',
      'N° F2026-0001',
      'Arrêt Minute',
      'Association loi 1901',
      '3 place de l’Église',
      '33500 Pomerol',
      'SIRET : 812 345 678 00015',
      'RNA : W332012345',
      'bonjour@arret-minute.fr',
      'Date d’émission : 01/12/2026',
      'Période : du 01/11/2026 au 30/11/2026',
      'Échéance : 31/12/2026',
      'Anaïs Lefèvre-Müller',
      '12 chemin des Vignes',
      '33330 Saint-Émilion',
      'DÉSIGNATION',
      'PRIX UNIT. HT',
      'Poste permanent — novembre 2026',
      'du 04/11/2026 au 18/11/2026',
      '1 234,50 €',
      'Total HT 1 270,80 €',
      'Total TTC 1 270,80 €',
      'Net à payer 1 270,80 €',
      'TVA non applicable, art. 293 B du CGI',
      'Nature de l’opération : prestation de services',
      'IBAN : FR76 3000 6000 0112 3456 7890 189',
      'BIC : AGRIFRPP',
      'Arrêt Minute — association loi 1901 déclarée en sous-préfecture de Libourne.',
      'Page 1/1',
    ]) {
      expect(flat).toContain(mention);
    }
    for (const absent of ['Indemnité forfaitaire', 'Pénalités de retard', 'SIREN', 'débits', 'Avoir sur']) expect(text).not.toContain(absent);
  });

  withPoppler('prints the exonération’s article and no bank details when there are none', async () => {
    const flat = squeezed(await pageText(EXONERATION));
    expect(flat).toContain('Exonération de TVA, art. 261-7-1° du CGI');
    expect(flat).toContain('Net à payer 110,00 €');
    expect(flat).not.toContain('IBAN');
    expect(flat).not.toContain('40,00 €');
  });

  withPoppler('prints VAT at 20 %, the buyer’s SIREN and the late-payment mentions for a business buyer', async () => {
    const flat = squeezed(await pageText(ASSUJETTI));
    for (const mention of [
      'N° TVA intracommunautaire : FR32812345678',
      'Tonnellerie Dubois & Fils <SAS>',
      'SIREN : 552 100 554',
      '20 %',
      'Total HT 1 524,50 €',
      'TVA 20 % 294,90 €',
      'Total TTC 1 819,40 €',
      'Net à payer 1 819,40 €',
      'Option pour le paiement de la taxe d’après les débits',
      'Pénalités de retard : trois fois le taux d’intérêt légal',
      'Indemnité forfaitaire pour frais de recouvrement : 40,00 €',
      'Pas d’escompte pour paiement anticipé',
      'Nature de l’opération : prestation de services',
    ]) {
      expect(flat).toContain(mention);
    }
    expect(flat).not.toContain('art. 293 B');
  });

  withPoppler('prints a credit note as « AVOIR » with the invoice it corrects', async () => {
    const flat = squeezed(await pageText(CREDIT_NOTE));
    expect(flat).toContain('AVOIR');
    expect(flat).toContain('N° A2026-0001');
    expect(flat).toContain('Avoir sur la facture n° F2026-0003 du 15/11/2026');
    expect(flat).toContain('Salle de réunion réservée deux fois par erreur');
    expect(flat).toContain('Montant de l’avoir -740,70 €');
    expect(flat).not.toContain('FACTURE');
  });

  withPoppler('runs 60 lines over several numbered pages, the column titles repeated', async () => {
    const text = await pageText(LONG);
    const pages = Number(/Page 1\/(\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`Page ${page}/${pages}`);
    expect(text.match(/DÉSIGNATION/g)).toHaveLength(pages);
    expect(text).toContain('FACTURE N° F2026-0004 (suite)');
    expect(text).toContain('Demi-journée en poste nomade n° 60');
    expect(squeezed(text)).toContain('Net à payer 617,70 €');
  });

  it('prints without a logo or with one it cannot read, and names its file', async () => {
    for (const logo of ['', 'data:image/png;base64,iVBORw0KGgo=', 'https://example.org/logo.png']) {
      const bytes = await invoicePdf(EXONERATION, { logo });
      expect(Buffer.from(bytes.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.7');
    }
    expect(invoiceFileName(FRANCHISE)).toBe('Facture-F2026-0001.pdf');
    expect(invoiceFileName(CREDIT_NOTE)).toBe('Avoir-A2026-0001.pdf');
  });
});
