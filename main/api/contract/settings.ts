import * as z from 'zod';
import { Identity, IdentityInput, InvoicingSettings, MembershipSettings, PhoneSettings, OpeningSettings, SecuritySettings, Settings, VatSettings } from '../../domain/settings/schema';
import { ADMIN, ALL_STAFF, method } from '../define';

export const settingsContract = {
  'settings.get': method({
    summary: "The association's identity, VAT regime, opening hours and security settings",
    input: z.strictObject({}),
    output: Settings,
    roles: ALL_STAFF,
    cli: { command: 'settings show' },
  }),
  'settings.updateIdentity': method({
    summary: 'Change the association identity (name, address, SIRET, RNA, logo…)',
    input: IdentityInput,
    output: Identity,
    roles: ADMIN,
    audit: 'settings_changed',
  }),
  'settings.updateVat': method({
    summary: 'Change the VAT regime and the invoice wordings',
    input: VatSettings,
    output: VatSettings,
    roles: ADMIN,
    audit: 'settings_changed',
  }),
  'settings.updateOpening': method({
    summary: 'Change opening hours (OSM opening_hours syntax), half-day slots and the public-holiday zone',
    input: OpeningSettings,
    output: OpeningSettings,
    roles: ADMIN,
    audit: 'settings_changed',
  }),
  'settings.updateMembership': method({
    summary: 'Choose how memberships run: by calendar year, or twelve months from the day they are taken',
    input: MembershipSettings,
    output: MembershipSettings,
    roles: ADMIN,
    audit: 'settings_changed',
  }),
  'settings.updatePhone': method({
    summary: 'Set the phone line’s policy: per call class included, re-billed per started minute, or not allowed; minutes included by plan',
    input: PhoneSettings,
    output: PhoneSettings,
    roles: ADMIN,
    audit: 'settings_changed',
  }),
  'settings.updateInvoicing': method({
    summary: 'Set how invoices are numbered (series prefixes), when they fall due, how drop-ins are billed, the bank details',
    input: InvoicingSettings.refine((s) => s.invoicePrefix !== s.creditNotePrefix, { error: 'validation.series_prefix_distinct', path: ['creditNotePrefix'] }),
    output: InvoicingSettings,
    roles: ADMIN,
    audit: 'settings_changed',
  }),
  'settings.updateSecurity': method({
    summary: 'Change the idle time after which the app locks itself',
    input: SecuritySettings,
    output: SecuritySettings,
    roles: ADMIN,
    audit: 'settings_changed',
  }),
};
