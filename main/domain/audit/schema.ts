import * as z from 'zod';
import { Id } from '../common/schemas';

/** The sensitive actions the audit log records. */
export const AUDIT_EVENTS = [
  'first_admin',
  'sign_in',
  'sign_in_failed',
  'locked_out',
  'sign_out',
  'idle_lock',
  'settings_changed',
  'space_changed',
  'calendar_changed',
  'tariffs_changed',
  'staff_changed',
  'pin_reset',
  'demo_loaded',
  'setup_completed',
  'member_changed',
  'member_exported',
  'member_anonymised',
  'membership_changed',
  'plan_changed',
  'charter_changed',
  'charter_signed',
  'kiosk_opened',
  'kiosk_closed',
  'kiosk_registered',
  'kiosk_checked_in',
  'calls_imported',
  'billing_run',
  'invoice_issued',
  'credit_note_issued',
  'payment_recorded',
  'payment_reversed',
  'cheques_deposited',
  'accounts_exported',
  'year_closed',
  'network_exported',
  'backup_made',
  'backup_restored',
  'network_sent',
  'events_changed',
] as const;
export const AuditEvent = z.enum(AUDIT_EVENTS);
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditEntry = z.strictObject({
  id: Id,
  at: z.string(),
  staffId: Id.nullable(),
  actor: z.string(),
  action: AuditEvent,
  details: z.record(z.string(), z.unknown()),
  /** The details in one line per language, for people. */
  summary: z.strictObject({ fr: z.string(), en: z.string() }),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.strictObject({
  limit: z.int().min(1).max(500).default(100),
  /** Entries older than this id (for paging back in time). */
  before: Id.optional(),
  action: AuditEvent.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z.strictObject({ entries: z.array(AuditEntry), more: z.boolean() });
