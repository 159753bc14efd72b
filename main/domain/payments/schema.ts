import * as z from 'zod';
import { Id, IsoDate, optionalText } from '../common/schemas';

export const PAYMENT_METHODS = ['cash', 'cheque', 'transfer', 'card', 'credit'] as const;
export const PaymentMethod = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

const PositiveCents = z.int().min(1).max(10_000_000);

export const Allocation = z.strictObject({ invoiceId: Id, amountCents: PositiveCents });

export const AddPaymentInput = z
  .strictObject({
    memberId: Id,
    /** The day the money was received; today when left out. */
    date: IsoDate.optional(),
    method: PaymentMethod,
    amountCents: PositiveCents,
    chequeBank: optionalText(60).default(''),
    chequeNumber: optionalText(30).default(''),
    chequeDrawer: optionalText(120).default(''),
    /** A transfer's or card receipt's reference. */
    reference: optionalText(120).default(''),
    /** What it settles; without it, the member's oldest unpaid invoices first. The rest is kept as credit. */
    allocations: z
      .array(Allocation)
      .max(200)
      .refine((list) => new Set(list.map((a) => a.invoiceId)).size === list.length, { error: 'validation.allocation_twice' })
      .optional(),
  })
  .refine((p) => p.method !== 'cheque' || p.chequeBank !== '', { error: 'validation.cheque_bank', path: ['chequeBank'] })
  .refine((p) => p.method !== 'cheque' || p.chequeNumber !== '', { error: 'validation.cheque_number', path: ['chequeNumber'] })
  .refine((p) => p.method !== 'cheque' || p.chequeDrawer !== '', { error: 'validation.cheque_drawer', path: ['chequeDrawer'] });
export type AddPaymentInput = z.infer<typeof AddPaymentInput>;

const SignedCents = z.int();

export const Payment = z.strictObject({
  id: Id,
  memberId: Id,
  memberName: z.string(),
  date: IsoDate,
  method: PaymentMethod,
  amountCents: SignedCents,
  chequeBank: z.string(),
  chequeNumber: z.string(),
  chequeDrawer: z.string(),
  reference: z.string(),
  /** The payment this one cancels (a counter-entry), and the one that cancelled this. */
  reversesId: Id.nullable(),
  reversedById: Id.nullable(),
  depositNumber: z.string().nullable(),
  /** The invoice numbers settled and how much each. */
  allocations: z.array(z.strictObject({ invoiceId: Id, number: z.string(), amountCents: SignedCents })),
  /** What was not allocated: kept as the member's credit. */
  unallocatedCents: SignedCents,
});
export type Payment = z.infer<typeof Payment>;

export const PaymentQuery = z.strictObject({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  memberId: Id.optional(),
  method: PaymentMethod.optional(),
});
export type PaymentQuery = z.infer<typeof PaymentQuery>;

export const ReversePaymentInput = z.strictObject({ paymentId: Id, reason: optionalText(200).default('') });

export const DepositCheque = z.strictObject({
  paymentId: Id,
  date: IsoDate,
  memberName: z.string(),
  drawer: z.string(),
  bank: z.string(),
  number: z.string(),
  amountCents: SignedCents,
});

export const DepositSlip = z.strictObject({
  id: Id,
  number: z.string(),
  date: IsoDate,
  bank: z.string(),
  cheques: z.array(DepositCheque),
  count: z.int(),
  totalCents: SignedCents,
});
export type DepositSlip = z.infer<typeof DepositSlip>;

export const CreateDepositInput = z.strictObject({
  paymentIds: z.array(Id).min(1).max(500),
  date: IsoDate.optional(),
  bank: optionalText(80).optional(),
});

export const CashJournal = z.strictObject({
  from: IsoDate,
  to: IsoDate,
  openingCents: SignedCents,
  rows: z.array(
    z.strictObject({
      paymentId: Id,
      date: IsoDate,
      memberName: z.string(),
      /** A payment settling invoices, money paid in advance (the member's credit), or the reversal of a payment. */
      entry: z.enum(['settlement', 'advance', 'reversal']),
      invoiceNumbers: z.string(),
      reversesId: Id.nullable(),
      inCents: SignedCents,
      outCents: SignedCents,
      balanceCents: SignedCents,
    }),
  ),
  closingCents: SignedCents,
});
export type CashJournal = z.infer<typeof CashJournal>;

export const MemberAccount = z.strictObject({
  memberId: Id,
  /** Still due on issued invoices. */
  dueCents: SignedCents,
  /** Paid in advance or credited beyond what was due: usable with the `credit` method. */
  creditCents: SignedCents,
});
export type MemberAccount = z.infer<typeof MemberAccount>;
