import * as z from 'zod';
import { Id, IsoDate, optionalText, requiredText } from '../common/schemas';

export const PlanKind = z.enum(['permanent', 'carnet', 'trainee']);
export const CarnetUnit = z.enum(['half_day', 'day']);

export const AddPlanInput = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('permanent'),
      memberId: Id,
      seatId: Id,
      startDate: IsoDate,
      endDate: IsoDate.nullable().default(null),
    }),
    z.strictObject({
      kind: z.literal('carnet'),
      memberId: Id,
      unit: CarnetUnit,
      startDate: IsoDate,
      /** Units in this carnet, when not the tariff's usual number. */
      quantity: z.int().min(1).max(100).nullable().default(null),
    }),
    z.strictObject({
      kind: z.literal('trainee'),
      memberId: Id,
      seatId: Id,
      startDate: IsoDate,
      endDate: IsoDate,
      trainingOrganisation: requiredText(120),
    }),
  ])
  .refine((plan) => !('endDate' in plan) || plan.endDate === null || plan.endDate >= plan.startDate, {
    error: 'validation.end_before_start',
    path: ['endDate'],
  });
export type AddPlanInput = z.infer<typeof AddPlanInput>;

export const PlanState = z.enum(['upcoming', 'active', 'ended', 'used_up']);

export const Plan = z.strictObject({
  id: Id,
  memberId: Id,
  kind: PlanKind,
  tariffCode: z.string(),
  seatCode: z.string().nullable(),
  unit: CarnetUnit.nullable(),
  quantity: z.int().nullable(),
  /** Carnet units left. */
  remaining: z.int().nullable(),
  startDate: IsoDate,
  endDate: z.string().nullable(),
  priceCents: z.int(),
  trainingOrganisation: z.string(),
  state: PlanState,
});
export type Plan = z.infer<typeof Plan>;

export const EndPlanInput = z.strictObject({ planId: Id, endDate: IsoDate, note: optionalText(200).default('') });
