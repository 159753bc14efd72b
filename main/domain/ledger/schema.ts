import * as z from 'zod';

export const INTEGRITY_PROBLEMS = ['altered', 'removed', 'inserted', 'link_removed', 'link_broken', 'number_missing', 'out_of_order', 'inconsistent', 'closing_mismatch'] as const;

export const IntegrityProblem = z.strictObject({
  problem: z.enum(INTEGRITY_PROBLEMS),
  /** `closing`: the closing of fiscal year `recordId`, whose stored link the chain no longer holds. */
  record: z.enum(['invoice', 'payment', 'closing']),
  recordId: z.int(),
  /** The invoice or credit note number, when the record is one. */
  number: z.string().nullable(),
  /** Where in the chain (null for a record that is not in it). */
  position: z.int().nullable(),
});
export type IntegrityProblem = z.infer<typeof IntegrityProblem>;

export const IntegrityReport = z.strictObject({
  intact: z.boolean(),
  /** Links in the chain, and issued documents plus payments found in the tables. */
  links: z.int(),
  records: z.int(),
  lastHash: z.string(),
  problems: z.array(IntegrityProblem),
});
export type IntegrityReport = z.infer<typeof IntegrityReport>;
