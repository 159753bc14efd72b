import * as z from 'zod';
import { Id, IsoDate, Month, optionalText, requiredText } from '../common/schemas';
import { VatRegime } from '../settings/schema';

export const DOCUMENT_KINDS = ['invoice', 'credit-note'] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** Where a line comes from: what the billing run found, or a line staff typed. */
export const LINE_KINDS = ['permanent', 'dropin', 'carnet', 'membership', 'trainee', 'phone', 'free'] as const;
export const LineKind = z.enum(LINE_KINDS);
export type LineKind = z.infer<typeof LineKind>;

/** Signed cents: credit notes carry negative amounts. */
const SignedCents = z.int().min(-100_000_000).max(100_000_000);

export const InvoiceLine = z.strictObject({
  position: z.int().positive(),
  kind: LineKind,
  description: z.string(),
  quantity: z.int(),
  /** Excluding VAT; negative on a credit note. */
  unitPriceCents: SignedCents,
  /** Basis points: 2000 = 20 %, 0 under the franchise or an exemption. */
  vatBp: z.int().min(0).max(10_000),
  /** quantity × unit price, excluding VAT. */
  netCents: SignedCents,
  serviceFrom: IsoDate.nullable(),
  serviceTo: IsoDate.nullable(),
});
export type InvoiceLine = z.infer<typeof InvoiceLine>;

/** The association as printed on the document, frozen when it is issued. */
export const Seller = z.strictObject({
  name: z.string(),
  legalForm: z.string(),
  address: z.string(),
  postcode: z.string(),
  city: z.string(),
  /** 14 digits (SIRET) or 9 (SIREN), '' when the association has none yet. */
  siret: z.string(),
  rna: z.string(),
  vatNumber: z.string(),
  email: z.string(),
  phone: z.string(),
  website: z.string(),
  iban: z.string(),
  bic: z.string(),
});
export type Seller = z.infer<typeof Seller>;

/** Who the document is addressed to: the member, or the organisation they are billed through. */
export const Buyer = z.strictObject({
  name: z.string(),
  address: z.string(),
  postcode: z.string(),
  city: z.string(),
  /** '' when unknown; a business buyer's SIREN is a mandatory mention when known. */
  siren: z.string(),
  /** An organisation (not a private person): the late-payment mentions apply. */
  business: z.boolean(),
  email: z.string(),
});
export type Buyer = z.infer<typeof Buyer>;

/** The VAT treatment and the legal wordings printed, as they were when the document was issued. */
export const VatTerms = z.strictObject({
  regime: VatRegime,
  /** The exemption wording (franchise or exonération), '' when VAT is charged. */
  exemptionWording: z.string(),
  optionDebits: z.boolean(),
  /** For business buyers: the late-payment penalty rate as worded, and the fixed recovery indemnity. */
  latePenalty: z.string(),
  recoveryIndemnityCents: z.int(),
  footer: z.string(),
});
export type VatTerms = z.infer<typeof VatTerms>;

export const VatBreakdown = z.strictObject({ vatBp: z.int(), netCents: SignedCents, vatCents: SignedCents });

/**
 * An issued invoice or credit note exactly as it is frozen, chained, printed and exported (Factur-X):
 * nothing here changes after issue.
 */
export const InvoiceDocument = z.strictObject({
  id: Id,
  kind: DocumentKind,
  /** `F2026-0001`, `A2026-0001`. */
  number: z.string(),
  issueDate: IsoDate,
  dueDate: IsoDate,
  serviceFrom: IsoDate,
  serviceTo: IsoDate,
  memberId: Id,
  seller: Seller,
  buyer: Buyer,
  vat: VatTerms,
  /** The invoice a credit note corrects. */
  corrects: z.strictObject({ number: z.string(), issueDate: IsoDate }).nullable(),
  lines: z.array(InvoiceLine),
  byRate: z.array(VatBreakdown),
  netCents: SignedCents,
  vatCents: SignedCents,
  grossCents: SignedCents,
  note: z.string(),
});
export type InvoiceDocument = z.infer<typeof InvoiceDocument>;

/** `cancelled`: credited in full; `credit-note`: the row is itself a credit note. */
export const INVOICE_STATUSES = ['draft', 'unpaid', 'partial', 'overdue', 'paid', 'cancelled', 'credit-note'] as const;
export const InvoiceStatus = z.enum(INVOICE_STATUSES);
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;

/** One row of the invoice list: a draft or an issued document with what has been paid and credited. */
export const InvoiceSummary = z.strictObject({
  id: Id,
  kind: DocumentKind,
  /** null for a draft. */
  number: z.string().nullable(),
  /** The issue date; a draft's is null. */
  date: IsoDate.nullable(),
  dueDate: IsoDate.nullable(),
  month: z.string().nullable(),
  memberId: Id,
  buyerName: z.string(),
  netCents: SignedCents,
  vatCents: SignedCents,
  totalCents: SignedCents,
  creditedCents: SignedCents,
  paidCents: SignedCents,
  /** What is still due: total − credited − paid (an invoice only; 0 for credit notes and drafts). */
  balanceCents: SignedCents,
  status: InvoiceStatus,
  /** The invoice a credit note corrects. */
  correctsId: Id.nullable(),
  correctsNumber: z.string().nullable(),
});
export type InvoiceSummary = z.infer<typeof InvoiceSummary>;

/** A free line added to a draft: at most 100 000 € (quantity × price). */
export const AddLineInput = z
  .strictObject({
    invoiceId: Id,
    description: requiredText(300),
    quantity: z.int().min(1).max(10_000),
    unitPriceCents: z.int().min(0).max(10_000_000),
    serviceFrom: IsoDate.nullable().default(null),
    serviceTo: IsoDate.nullable().default(null),
  })
  .refine((line) => line.quantity * line.unitPriceCents <= 10_000_000, { error: 'validation.line_total', path: ['unitPriceCents'] });

export const CreditNoteInput = z.strictObject({
  invoiceId: Id,
  /** Positions of the invoice's lines to credit in full; all of them when omitted. */
  lines: z.array(z.strictObject({ position: z.int().positive(), quantity: z.int().min(1).max(10_000) })).max(200).optional(),
  reason: optionalText(300).default(''),
});

export const InvoiceQuery = z.strictObject({
  /** Issued in that year, plus the drafts; the current year when neither year nor month is given. */
  year: z.int().min(2000).max(2100).optional(),
  /** Issued (or drafted by the billing run) in that month. */
  month: Month.optional(),
  memberId: Id.optional(),
  status: InvoiceStatus.optional(),
  kind: DocumentKind.optional(),
});
export type InvoiceQuery = z.infer<typeof InvoiceQuery>;
