import * as z from 'zod';
import { Id, Instant, Month, optionalText } from '../common/schemas';
import { parseDuration } from './duration';
import { CALL_CLASSES } from './numbers';

export const Direction = z.enum(['out', 'in']);
export type Direction = z.infer<typeof Direction>;
export const CallClass = z.enum(CALL_CLASSES);
export const CallSource = z.enum(['desk', 'import']);


/** A duration typed at the desk: minutes (`3`, `2,5`) or `m:ss`; read as seconds. */
const TypedDuration = z
  .string()
  .trim()
  .transform((text, context) => {
    const seconds = parseDuration(text, 'minutes');
    if (seconds === undefined || seconds > 86_400) {
      context.addIssue({ code: 'custom', message: 'validation.duration' });
      return z.NEVER;
    }
    return seconds;
  });

export const AddCallInput = z
  .strictObject({
    direction: Direction.default('out'),
    number: z.string().trim().min(1).max(40),
    /** When the call started; now when left out. */
    startedAt: Instant.optional(),
    duration: TypedDuration,
    /** Who called (or was called): required for a call out, optional for a call in. */
    memberId: Id.nullable().default(null),
    note: optionalText(200).default(''),
  })
  .refine((call) => call.direction === 'in' || call.memberId !== null, { error: 'validation.call_member', path: ['memberId'] });
export type AddCallInput = z.infer<typeof AddCallInput>;

export const Call = z.strictObject({
  id: Id,
  direction: Direction,
  number: z.string(),
  e164: z.string().nullable(),
  class: CallClass,
  startedAt: z.string(),
  durationSeconds: z.int(),
  memberId: Id.nullable(),
  memberName: z.string(),
  source: CallSource,
  importFile: z.string().nullable(),
  importLine: z.int().nullable(),
  note: z.string(),
});
export type Call = z.infer<typeof Call>;

export const CallQuery = z.strictObject({
  month: Month,
  memberId: Id.optional(),
  class: CallClass.optional(),
  direction: Direction.optional(),
});
export type CallQuery = z.infer<typeof CallQuery>;

export const MonthQuery = z.strictObject({ month: Month });

export const AssignCallInput = z.strictObject({ callId: Id, memberId: Id.nullable() });

/** What one member's calls of a month come to under the policy. */
export const MonthlyCalls = z.strictObject({
  memberId: z.int(),
  memberName: z.string(),
  calls: z.int(),
  /** Started minutes of their calls out. */
  minutes: z.int(),
  includedMinutes: z.int(),
  /** Minutes of re-billed calls the plan's monthly allowance covered. */
  allowanceMinutes: z.int(),
  rebilledMinutes: z.int(),
  amountCents: z.int(),
  /** Calls out the policy does not allow (special-rate numbers…), for the desk to follow up. */
  forbiddenCalls: z.int(),
});
export type MonthlyCalls = z.infer<typeof MonthlyCalls>;

/** What an import did: lines written, calls already logged, and each line left out with why. */
export const ImportReport = z.strictObject({
  file: z.string(),
  imported: z.int(),
  duplicates: z.int(),
  rejected: z.array(z.strictObject({ line: z.int(), reason: z.string(), reasonEn: z.string() })),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ClassifyInput = z.strictObject({ number: z.string().trim().max(40) });
