import { appendLine, createDraft, deleteDraft, draftIds, removeLine, requireDraft, runBilling } from '../../domain/invoicing/drafts';
import { creditInvoice, creditNoteIds, leftToCredit } from '../../domain/invoicing/credit';
import { documentOf, idOfNumber, linesOf, noteOf } from '../../domain/invoicing/documents';
import { issueDocument } from '../../domain/invoicing/issue';
import { listInvoices, summaryOf } from '../../domain/invoicing/list';
import { overdueInvoices, reminderOf } from '../../domain/invoicing/overdue';
import type { InvoiceSummary } from '../../domain/invoicing/schema';
import { linkOf } from '../../domain/ledger/chain';
import { verifyChain } from '../../domain/ledger/verify';
import { settlementsOf } from '../../domain/payments/payments';
import { isoDate } from '../../domain/common/time';
import type { Db } from '../../db/open';
import type { CallContext } from '../context';
import type { invoicesContract } from '../contract/invoices';
import type { HandlersFor } from './types';

const today = (ctx: CallContext) => isoDate(ctx.now);
const issueContext = (ctx: CallContext) => ({ date: today(ctx), at: ctx.at, staffId: ctx.session.staff?.staffId ?? null });
const summary = (ctx: CallContext, id: number) => summaryOf(ctx.db, id, today(ctx)) as InvoiceSummary;
const withLines = (ctx: CallContext, id: number) => ({ ...summary(ctx, id), lines: linesOf(ctx.db, id), note: noteOf(ctx.db, id) });
export const refOf = (db: Db, ref: { invoiceId?: number | undefined; number?: string | undefined }) => ref.invoiceId ?? idOfNumber(db, ref.number as string);

export const invoicesHandlers: HandlersFor<Omit<typeof invoicesContract, 'invoices.pdf' | 'invoices.xml'>> = {
  'invoices.run': (ctx, { month, issue }) => {
    const drafts = runBilling(ctx.db, month, ctx.at);
    const issued = issue ? draftIds(ctx.db, month).map((id) => (issueDocument(ctx.db, id, issueContext(ctx)), id)) : [];
    ctx.auditExtra = { subject: month, drafts: drafts.length, issued: issued.length };
    return { month, drafts: (issue ? [] : draftIds(ctx.db, month)).map((id) => summary(ctx, id)), issued: issued.map((id) => summary(ctx, id)) };
  },
  'invoices.drafts': (ctx, { month }) => draftIds(ctx.db, month).map((id) => withLines(ctx, id)),
  'invoices.issue': (ctx, { invoiceIds }) => {
    const numbers = invoiceIds.map((id) => issueDocument(ctx.db, id, issueContext(ctx)));
    ctx.auditExtra = { subject: numbers.join(', ') };
    return invoiceIds.map((id) => summary(ctx, id));
  },
  'invoices.list': (ctx, query) => listInvoices(ctx.db, query, today(ctx)),
  'invoices.get': (ctx, { invoiceId }) => {
    const head = summaryOf(ctx.db, invoiceId, today(ctx));
    if (head === null) requireDraft(ctx.db, invoiceId); // refuses as not found
    const issued = head?.number !== null;
    return {
      summary: head as InvoiceSummary,
      lines: linesOf(ctx.db, invoiceId),
      note: noteOf(ctx.db, invoiceId),
      document: issued ? documentOf(ctx.db, invoiceId) : null,
      payments: settlementsOf(ctx.db, invoiceId),
      creditNotes: creditNoteIds(ctx.db, invoiceId).map((id) => summary(ctx, id)),
      leftToCredit: issued && head?.kind === 'invoice' ? leftToCredit(ctx.db, invoiceId) : [],
      link: linkOf(ctx.db, 'invoice', invoiceId),
    };
  },
  'invoices.createDraft': (ctx, { memberId, note }) => withLines(ctx, createDraft(ctx.db, memberId, note, ctx.at)),
  'invoices.addLine': (ctx, { invoiceId, ...line }) => {
    requireDraft(ctx.db, invoiceId);
    appendLine(ctx.db, invoiceId, { kind: 'free', ...line });
    return withLines(ctx, invoiceId);
  },
  'invoices.removeLine': (ctx, { invoiceId, position }) => {
    removeLine(ctx.db, invoiceId, position);
    return withLines(ctx, invoiceId);
  },
  'invoices.deleteDraft': (ctx, { invoiceId }) => {
    deleteDraft(ctx.db, invoiceId);
    return { deleted: true as const };
  },
  'invoices.credit': (ctx, input) => {
    const credit = creditInvoice(ctx.db, input, issueContext(ctx));
    ctx.auditExtra = { subject: credit.number };
    return summary(ctx, credit.id);
  },
  'invoices.overdue': (ctx) => overdueInvoices(ctx.db, today(ctx)),
  'invoices.reminder': (ctx, { invoiceId }) => reminderOf(ctx.db, invoiceId, today(ctx)),
  'ledger.verify': (ctx) => verifyChain(ctx.db),
};
