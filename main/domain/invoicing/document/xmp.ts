import { FACTURX_FILE_NAME } from './facturx';
import type { XmlElement } from './xml';
import { el, serializeElement } from './xml';

/** What the XMP packet says of the document: the same values as the PDF's Info dictionary, as PDF/A requires. */
export interface XmpFacts {
  title: string;
  author: string;
  subject: string;
  tool: string;
  /** Creation and modification, the same instant. */
  date: Date;
}

const FX_NAMESPACE = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';
const FX_PROPERTIES: [string, string][] = [
  ['DocumentFileName', 'The name of the embedded XML document'],
  ['DocumentType', 'The type of the hybrid document in capital letters, e.g. INVOICE or ORDER'],
  ['Version', 'The actual version of the standard applying to the embedded XML document'],
  ['ConformanceLevel', 'The conformance level of the embedded XML document'],
];

/** The XMP packet of a PDF/A-3B Factur-X invoice: identification, Dublin Core, the fx: values and their extension schema. */
export function xmpPacket(facts: XmpFacts): string {
  const rdf = el('rdf:RDF', [pdfaIdentification(), dublinCore(facts), pdfProperties(facts), xmpBasic(facts), extensionSchema(), facturX()], {
    'xmlns:rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  });
  const meta = el('x:xmpmeta', rdf, { 'xmlns:x': 'adobe:ns:meta/' });
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n${serializeElement(meta)}\n<?xpacket end="w"?>`;
}

const description = (namespaces: Record<string, string>, content: XmlElement[]) => el('rdf:Description', content, { 'rdf:about': '', ...namespaces });
const alternative = (name: string, text: string) => el(name, el('rdf:Alt', el('rdf:li', text, { 'xml:lang': 'x-default' })));

function pdfaIdentification(): XmlElement {
  return description({ 'xmlns:pdfaid': 'http://www.aiim.org/pdfa/ns/id/' }, [el('pdfaid:part', '3'), el('pdfaid:conformance', 'B')]);
}

function dublinCore(facts: XmpFacts): XmlElement {
  return description({ 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, [
    el('dc:format', 'application/pdf'),
    alternative('dc:title', facts.title),
    el('dc:creator', el('rdf:Seq', el('rdf:li', facts.author))),
    alternative('dc:description', facts.subject),
  ]);
}

function pdfProperties(facts: XmpFacts): XmlElement {
  return description({ 'xmlns:pdf': 'http://ns.adobe.com/pdf/1.3/' }, [el('pdf:Producer', facts.tool)]);
}

function xmpBasic(facts: XmpFacts): XmlElement {
  const date = facts.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return description({ 'xmlns:xmp': 'http://ns.adobe.com/xap/1.0/' }, [
    el('xmp:CreatorTool', facts.tool),
    el('xmp:CreateDate', date),
    el('xmp:ModifyDate', date),
    el('xmp:MetadataDate', date),
  ]);
}

/** PDF/A accepts only declared properties: the fx: ones are declared here, as the Factur-X specification words them. */
function extensionSchema(): XmlElement {
  const property = ([name, text]: [string, string]) =>
    el('rdf:li', [el('pdfaProperty:name', name), el('pdfaProperty:valueType', 'Text'), el('pdfaProperty:category', 'external'), el('pdfaProperty:description', text)], {
      'rdf:parseType': 'Resource',
    });
  const schema = el(
    'rdf:li',
    [
      el('pdfaSchema:schema', 'Factur-X PDFA Extension Schema'),
      el('pdfaSchema:namespaceURI', FX_NAMESPACE),
      el('pdfaSchema:prefix', 'fx'),
      el('pdfaSchema:property', el('rdf:Seq', FX_PROPERTIES.map(property))),
    ],
    { 'rdf:parseType': 'Resource' },
  );
  return description(
    {
      'xmlns:pdfaExtension': 'http://www.aiim.org/pdfa/ns/extension/',
      'xmlns:pdfaSchema': 'http://www.aiim.org/pdfa/ns/schema#',
      'xmlns:pdfaProperty': 'http://www.aiim.org/pdfa/ns/property#',
    },
    [el('pdfaExtension:schemas', el('rdf:Bag', schema))],
  );
}

function facturX(): XmlElement {
  return description({ 'xmlns:fx': FX_NAMESPACE }, [
    el('fx:DocumentType', 'INVOICE'),
    el('fx:DocumentFileName', FACTURX_FILE_NAME),
    el('fx:Version', '1.0'),
    el('fx:ConformanceLevel', 'EN 16931'),
  ]);
}
