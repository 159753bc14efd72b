import * as z from 'zod';
import { Id, IsoDate } from '../../domain/common/schemas';
import { AddPaymentInput, CashJournal, CreateDepositInput, DepositCheque, DepositSlip, MemberAccount, Payment, PaymentQuery, ReversePaymentInput } from '../../domain/payments/schema';
import { ALL_STAFF, method, TREASURY } from '../define';

export const paymentsContract = {
  'payments.add': method({
    summary: 'Record money received (cash, cheque, transfer, card, or the member’s credit) and the invoices it settles',
    input: AddPaymentInput,
    output: Payment,
    roles: ALL_STAFF,
    audit: 'payment_recorded',
    // A cheque's drawer is a person's name, and the audit log is never erased: the handler names the payment.
    auditInput: false,
    cli: { command: 'payments add', flags: { memberId: 'member' } },
  }),
  'payments.reverse': method({
    summary: 'Cancel a mistaken payment by its counter-entry (a payment is never deleted)',
    input: ReversePaymentInput,
    output: Payment,
    roles: TREASURY,
    audit: 'payment_reversed',
    // The reason is free text and the audit log is never erased: the entry names the payment instead.
    auditInput: false,
    cli: { command: 'payments reverse', flags: { paymentId: 'payment' } },
  }),
  'payments.list': method({
    summary: 'Payments of a period (this month by default), newest first',
    input: PaymentQuery,
    output: z.array(Payment),
    roles: ALL_STAFF,
    cli: { command: 'payments list', flags: { memberId: 'member' } },
  }),
  'payments.account': method({
    summary: 'What a member still owes and the credit they have',
    input: z.strictObject({ memberId: Id }),
    output: MemberAccount,
    roles: ALL_STAFF,
  }),
  'payments.chequesToDeposit': method({
    summary: 'Cheques received and not yet taken to the bank',
    input: z.strictObject({}),
    output: z.array(DepositCheque),
    roles: ALL_STAFF,
  }),
  'payments.deposit': method({
    summary: 'Make a cheque deposit slip (bordereau de remise) for the cheques taken to the bank',
    input: CreateDepositInput,
    output: DepositSlip,
    roles: ALL_STAFF,
    audit: 'cheques_deposited',
  }),
  'payments.deposits': method({
    summary: 'The deposit slips made, newest first',
    input: z.strictObject({}),
    output: z.array(DepositSlip.omit({ cheques: true })),
    roles: ALL_STAFF,
  }),
  'payments.depositSlip': method({
    summary: 'One deposit slip with its cheques and total',
    input: z.strictObject({ depositId: Id }),
    output: DepositSlip,
    roles: ALL_STAFF,
  }),
  'payments.cashJournal': method({
    summary: 'The cash journal of a period: receipts, reversals and the till’s running balance',
    input: z.strictObject({ from: IsoDate, to: IsoDate }),
    output: CashJournal,
    roles: ALL_STAFF,
    cli: { command: 'payments cash' },
  }),
};
