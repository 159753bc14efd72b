import * as z from 'zod';
import { Id, Month } from '../../domain/common/schemas';
import { IntegrityReport } from '../../domain/ledger/schema';
import { AddLineInput, CreditNoteInput, InvoiceDocument, InvoiceLine, InvoiceQuery, InvoiceSummary } from '../../domain/invoicing/schema';
import { ALL_STAFF, method, TREASURY } from '../define';

const InvoiceWithLines = InvoiceSummary.extend({ lines: z.array(InvoiceLine), note: z.string() });

/** A document named by its id (the screens) or its number (the command line). */
const DocumentRef = z
  .strictObject({ invoiceId: Id.optional(), number: z.string().trim().min(1).max(35).optional() })
  .refine((ref) => (ref.invoiceId === undefined) !== (ref.number === undefined), { error: 'validation.invoice_ref', path: ['number'] });

const DocumentFile = z.strictObject({ fileName: z.string(), base64: z.string() });

export const invoicesContract = {
  'invoices.run': method({
    summary: 'Run billing for a month: draft every item not billed yet (desks, drop-ins, carnets, fees, trainee weeks, calls); --issue issues them',
    input: z.strictObject({ month: Month, issue: z.boolean().default(false) }),
    output: z.strictObject({ month: z.string(), drafts: z.array(InvoiceSummary), issued: z.array(InvoiceSummary) }),
    roles: ALL_STAFF,
    audit: 'billing_run',
    cli: { command: 'invoices run' },
  }),
  'invoices.drafts': method({
    summary: 'The drafts waiting to be issued (of one billing month, or all), with their lines',
    input: z.strictObject({ month: Month.optional() }),
    output: z.array(InvoiceWithLines),
    roles: ALL_STAFF,
  }),
  'invoices.issue': method({
    summary: 'Issue drafts: number each in its series, freeze it and chain it (final)',
    input: z.strictObject({ invoiceIds: z.array(Id).min(1).max(2000) }),
    output: z.array(InvoiceSummary),
    roles: ALL_STAFF,
    audit: 'invoice_issued',
    cli: { command: 'invoices issue', flags: { invoiceIds: 'ids' } },
  }),
  'invoices.list': method({
    summary: 'Invoices and credit notes of a year or month with what is paid and still due',
    input: InvoiceQuery,
    output: z.array(InvoiceSummary),
    roles: ALL_STAFF,
    cli: { command: 'invoices list', flags: { memberId: 'member' } },
  }),
  'invoices.get': method({
    summary: 'One invoice, credit note or draft: lines, the frozen document, payments, credit notes, chain link',
    input: z.strictObject({ invoiceId: Id }),
    output: z.strictObject({
      summary: InvoiceSummary,
      lines: z.array(InvoiceLine),
      note: z.string(),
      document: InvoiceDocument.nullable(),
      payments: z.array(z.strictObject({ paymentId: Id, date: z.string(), method: z.string(), amountCents: z.int() })),
      creditNotes: z.array(InvoiceSummary),
      /** Per line of an issued invoice, the quantity still open to a credit note. */
      leftToCredit: z.array(z.strictObject({ position: z.int(), quantity: z.int() })),
      link: z.strictObject({ position: z.int(), hash: z.string() }).nullable(),
    }),
    roles: ALL_STAFF,
  }),
  'invoices.createDraft': method({
    summary: 'Start an empty draft for a member, to fill with free lines',
    input: z.strictObject({ memberId: Id, note: z.string().trim().max(300).default('') }),
    output: InvoiceWithLines,
    roles: ALL_STAFF,
  }),
  'invoices.addLine': method({
    summary: 'Add a free line to a draft (description, quantity, unit price excluding VAT)',
    input: AddLineInput,
    output: InvoiceWithLines,
    roles: ALL_STAFF,
  }),
  'invoices.removeLine': method({
    summary: 'Take a line off a draft; what it billed becomes billable again',
    input: z.strictObject({ invoiceId: Id, position: z.int().positive() }),
    output: InvoiceWithLines,
    roles: ALL_STAFF,
  }),
  'invoices.deleteDraft': method({
    summary: 'Throw a draft away (an issued document is never deleted)',
    input: z.strictObject({ invoiceId: Id }),
    output: z.strictObject({ deleted: z.literal(true) }),
    roles: ALL_STAFF,
  }),
  'invoices.credit': method({
    summary: 'Issue a credit note for all or part of an invoice (chosen quantities of its lines)',
    input: CreditNoteInput,
    output: InvoiceSummary,
    roles: TREASURY,
    audit: 'credit_note_issued',
    // The reason is free text and the audit log is never erased: the entry names the credit note.
    auditInput: false,
    cli: { command: 'invoices credit', flags: { invoiceId: 'invoice' } },
  }),
  'invoices.pdf': method({
    summary: 'The PDF/A-3 of an issued invoice or credit note, with its Factur-X XML inside',
    input: DocumentRef,
    output: DocumentFile,
    roles: ALL_STAFF,
    deferred: true,
    cli: { command: 'invoices pdf', argument: 'number', writesFile: true },
  }),
  'invoices.xml': method({
    summary: 'The Factur-X (EN 16931) XML of an issued invoice or credit note',
    input: DocumentRef,
    output: DocumentFile,
    roles: ALL_STAFF,
    cli: { command: 'invoices xml', argument: 'number', writesFile: true },
  }),
  'invoices.overdue': method({
    summary: 'Unpaid invoices past their due date, by age, with the member’s contact',
    input: z.strictObject({}),
    output: z.array(
      z.strictObject({
        id: Id,
        number: z.string(),
        date: z.string(),
        dueDate: z.string(),
        daysLate: z.int(),
        age: z.enum(['1-30', '31-60', '61-90', '90+']),
        memberId: Id,
        buyerName: z.string(),
        buyerAddress: z.string(),
        email: z.string(),
        phone: z.string(),
        totalCents: z.int(),
        balanceCents: z.int(),
      }),
    ),
    roles: ALL_STAFF,
    cli: { command: 'invoices overdue' },
  }),
  'invoices.reminder': method({
    summary: 'A reminder letter or e-mail for an overdue invoice (subject, text, mailto link)',
    input: z.strictObject({ invoiceId: Id }),
    output: z.strictObject({ subject: z.string(), body: z.string(), mailto: z.string() }),
    roles: ALL_STAFF,
  }),
  'ledger.verify': method({
    summary: 'Recompute the chain of invoices, credit notes and payments; name every record altered, removed or inserted',
    input: z.strictObject({}),
    output: IntegrityReport,
    roles: ALL_STAFF,
    cli: { command: 'verify', failsUnless: 'intact' },
  }),
};
