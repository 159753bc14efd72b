import type { InvoiceDocument, InvoiceLine } from '../schema';
import { buyerParty, sellerParty } from './facturx-parties';
import { date102, decimal2, spacedIban } from './format';
import { correctsWording, dueWording, recoveryWording, WORDS } from './wordings';
import type { XmlElement } from './xml';
import { el, serialize } from './xml';

/** The attachment's name, fixed by the Factur-X specification. */
export const FACTURX_FILE_NAME = 'factur-x.xml';
/** The EN 16931 (« Comfort ») profile: the full European semantic model, no extension. */
export const EN16931_GUIDELINE = 'urn:cen.eu:en16931:2017';

const NAMESPACES = {
  'xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  'xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  'xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  'xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};
const TYPE_CODES = { invoice: '380', 'credit-note': '381' } as const;
/** UN/ECE rec. 20 « one »: a desk day, a carnet, a membership, a minute block are each counted as units. */
const UNIT = 'C62';
/** UNTDID 4461: SEPA credit transfer, or « instrument not defined » (cash, cheque or card at the desk). */
const SEPA_TRANSFER = '58';
const UNDEFINED_MEANS = '1';

interface Category {
  code: 'S' | 'E';
  rateBp: number;
  reason: string;
  reasonCode: string;
}

/**
 * The Factur-X (CII D16B) XML of an issued invoice or credit note, profile EN 16931. A credit note's amounts are
 * negative in our records and positive here: EN 16931 carries the sign in the type code (381).
 */
export function facturXml(doc: InvoiceDocument): string {
  const sign = doc.kind === 'credit-note' ? -1 : 1;
  return serialize(
    el('rsm:CrossIndustryInvoice', [documentContext(), exchangedDocument(doc), transaction(doc, sign)], NAMESPACES),
  );
}

const dateTime = (name: string, isoDate: string) => el(name, el('udt:DateTimeString', date102(isoDate), { format: '102' }));
const amount = (name: string, cents: number, attributes: Record<string, string> = {}) => el(name, decimal2(cents), attributes);

function documentContext(): XmlElement {
  return el('rsm:ExchangedDocumentContext', el('ram:GuidelineSpecifiedDocumentContextParameter', el('ram:ID', EN16931_GUIDELINE)));
}

function exchangedDocument(doc: InvoiceDocument): XmlElement {
  return el('rsm:ExchangedDocument', [
    el('ram:ID', doc.number),
    el('ram:TypeCode', TYPE_CODES[doc.kind]),
    dateTime('ram:IssueDateTime', doc.issueDate),
    notes(doc).map(([subject, content]) => el('ram:IncludedNote', [el('ram:Content', content), el('ram:SubjectCode', subject)])),
  ]);
}

/** BG-1 notes, with the UNTDID 4451 subjects French practice uses for the late-payment mentions. */
function notes(doc: InvoiceDocument): [string, string][] {
  const notes: [string, string][] = [];
  if (doc.corrects) notes.push(['AAI', correctsWording(doc.corrects)]);
  if (doc.note.trim()) notes.push(['AAI', doc.note.trim()]);
  if (doc.vat.optionDebits) notes.push(['TXD', WORDS.optionDebits]);
  if (doc.buyer.business) {
    if (doc.vat.latePenalty.trim()) notes.push(['PMD', doc.vat.latePenalty.trim()]);
    notes.push(['PMT', recoveryWording(doc.vat.recoveryIndemnityCents)], ['AAB', WORDS.noDiscount]);
  }
  return notes;
}

function transaction(doc: InvoiceDocument, sign: number): XmlElement {
  return el('rsm:SupplyChainTradeTransaction', [
    doc.lines.map((line) => lineItem(doc, line, sign)),
    el('ram:ApplicableHeaderTradeAgreement', [sellerParty(doc.seller), buyerParty(doc.buyer)]),
    el('ram:ApplicableHeaderTradeDelivery'),
    settlement(doc, sign),
  ]);
}

/** BG-25: the net price is never negative (BR-27), so a line that reduces the total carries a negative quantity. */
function lineItem(doc: InvoiceDocument, line: InvoiceLine, sign: number): XmlElement {
  const price = line.unitPriceCents * sign;
  const quantity = price < 0 ? -line.quantity : line.quantity;
  const category = categoryOf(doc, line.vatBp);
  return el('ram:IncludedSupplyChainTradeLineItem', [
    el('ram:AssociatedDocumentLineDocument', el('ram:LineID', String(line.position))),
    el('ram:SpecifiedTradeProduct', el('ram:Name', line.description.trim() || WORDS.fallbackDescription)),
    el('ram:SpecifiedLineTradeAgreement', el('ram:NetPriceProductTradePrice', amount('ram:ChargeAmount', Math.abs(price)))),
    el('ram:SpecifiedLineTradeDelivery', el('ram:BilledQuantity', String(quantity), { unitCode: UNIT })),
    el('ram:SpecifiedLineTradeSettlement', [
      el('ram:ApplicableTradeTax', [
        el('ram:TypeCode', 'VAT'),
        el('ram:CategoryCode', category.code),
        el('ram:RateApplicablePercent', decimal2(category.rateBp)),
      ]),
      (line.serviceFrom || line.serviceTo) && period(line.serviceFrom, line.serviceTo),
      el('ram:SpecifiedTradeSettlementLineMonetarySummation', amount('ram:LineTotalAmount', line.netCents * sign)),
    ]),
  ]);
}

/** S at the line's rate when VAT is charged; E (exempt) with the printed wording otherwise. */
function categoryOf(doc: InvoiceDocument, vatBp: number): Category {
  if (doc.vat.regime === 'assujetti' && vatBp > 0) return { code: 'S', rateBp: vatBp, reason: '', reasonCode: '' };
  return {
    code: 'E',
    rateBp: 0,
    reason: doc.vat.exemptionWording.trim() || WORDS.fallbackExemption,
    reasonCode: doc.vat.regime === 'franchise' ? 'VATEX-FR-FRANCHISE' : '',
  };
}

function period(from: string | null, to: string | null): XmlElement {
  return el('ram:BillingSpecifiedPeriod', [from && dateTime('ram:StartDateTime', from), to && dateTime('ram:EndDateTime', to)]);
}

function settlement(doc: InvoiceDocument, sign: number): XmlElement {
  const transfer = doc.kind === 'invoice' && doc.seller.iban.trim() !== '';
  return el('ram:ApplicableHeaderTradeSettlement', [
    transfer && el('ram:PaymentReference', doc.number),
    el('ram:InvoiceCurrencyCode', 'EUR'),
    paymentMeans(doc),
    doc.byRate.map((rate) => vatBreakdown(doc, rate, sign)),
    period(doc.serviceFrom, doc.serviceTo),
    el('ram:SpecifiedTradePaymentTerms', [el('ram:Description', dueWording(doc.dueDate)), dateTime('ram:DueDateDateTime', doc.dueDate)]),
    el('ram:SpecifiedTradeSettlementHeaderMonetarySummation', [
      amount('ram:LineTotalAmount', doc.netCents * sign),
      amount('ram:TaxBasisTotalAmount', doc.netCents * sign),
      amount('ram:TaxTotalAmount', doc.vatCents * sign, { currencyID: 'EUR' }),
      amount('ram:GrandTotalAmount', doc.grossCents * sign),
      amount('ram:DuePayableAmount', doc.grossCents * sign),
    ]),
    doc.corrects &&
      el('ram:InvoiceReferencedDocument', [
        el('ram:IssuerAssignedID', doc.corrects.number),
        el('ram:FormattedIssueDateTime', el('qdt:DateTimeString', date102(doc.corrects.issueDate), { format: '102' })),
      ]),
  ]);
}

/** BG-16, on invoices only: a credit note tells the buyer nothing to pay. */
function paymentMeans(doc: InvoiceDocument): XmlElement | null {
  if (doc.kind !== 'invoice') return null;
  const iban = doc.seller.iban.replace(/\s+/g, '');
  if (!iban) return el('ram:SpecifiedTradeSettlementPaymentMeans', el('ram:TypeCode', UNDEFINED_MEANS));
  const bic = doc.seller.bic.replace(/\s+/g, '');
  return el('ram:SpecifiedTradeSettlementPaymentMeans', [
    el('ram:TypeCode', SEPA_TRANSFER),
    el('ram:Information', `${WORDS.transfer} : ${spacedIban(iban)}`),
    el('ram:PayeePartyCreditorFinancialAccount', [el('ram:IBANID', iban), el('ram:AccountName', doc.seller.name)]),
    bic && el('ram:PayeeSpecifiedCreditorFinancialInstitution', el('ram:BICID', bic)),
  ]);
}

/** BG-23: one breakdown per rate; the tax point follows the option for debits (BT-8: 5 invoice date, 72 payment). */
function vatBreakdown(doc: InvoiceDocument, rate: InvoiceDocument['byRate'][number], sign: number): XmlElement {
  const category = categoryOf(doc, rate.vatBp);
  return el('ram:ApplicableTradeTax', [
    amount('ram:CalculatedAmount', rate.vatCents * sign),
    el('ram:TypeCode', 'VAT'),
    category.reason && el('ram:ExemptionReason', category.reason),
    amount('ram:BasisAmount', rate.netCents * sign),
    el('ram:CategoryCode', category.code),
    category.reasonCode && el('ram:ExemptionReasonCode', category.reasonCode),
    category.code === 'S' && el('ram:DueDateTypeCode', doc.vat.optionDebits ? '5' : '72'),
    el('ram:RateApplicablePercent', decimal2(category.rateBp)),
  ]);
}
