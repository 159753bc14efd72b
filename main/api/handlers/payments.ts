import { isoDate } from '../../domain/common/time';
import { cashJournal } from '../../domain/payments/cash';
import { chequesToDeposit, createDeposit, depositSlip, listDeposits } from '../../domain/payments/deposits';
import { addPayment, listPayments, memberAccount, reversePayment } from '../../domain/payments/payments';
import type { CallContext } from '../context';
import type { paymentsContract } from '../contract/payments';
import type { HandlersFor } from './types';

const paymentContext = (ctx: CallContext) => ({ today: isoDate(ctx.now), at: ctx.at, staffId: ctx.session.staff?.staffId ?? null });

export const paymentsHandlers: HandlersFor<typeof paymentsContract> = {
  'payments.add': (ctx, input) => {
    const payment = addPayment(ctx.db, input, paymentContext(ctx));
    ctx.auditExtra = { subject: `n° ${payment.id}`, memberId: payment.memberId, amountCents: payment.amountCents, method: payment.method, invoices: payment.allocations.map((a) => a.number).join(', ') };
    return payment;
  },
  'payments.reverse': (ctx, { paymentId }) => {
    const reversal = reversePayment(ctx.db, paymentId, paymentContext(ctx));
    ctx.auditExtra = { subject: `n° ${paymentId}`, reversal: reversal.id, amountCents: reversal.amountCents };
    return reversal;
  },
  'payments.list': (ctx, query) => listPayments(ctx.db, query, isoDate(ctx.now)),
  'payments.account': (ctx, { memberId }) => memberAccount(ctx.db, memberId),
  'payments.chequesToDeposit': (ctx) => chequesToDeposit(ctx.db),
  'payments.deposit': (ctx, input) => {
    const slip = createDeposit(ctx.db, { ...input, date: input.date ?? isoDate(ctx.now) }, ctx.at, ctx.session.staff?.staffId ?? null);
    ctx.auditExtra = { subject: slip.number, count: slip.count, totalCents: slip.totalCents };
    return slip;
  },
  'payments.deposits': (ctx) => listDeposits(ctx.db),
  'payments.depositSlip': (ctx, { depositId }) => depositSlip(ctx.db, depositId),
  'payments.cashJournal': (ctx, { from, to }) => cashJournal(ctx.db, from, to),
};
