import * as z from 'zod';
import { Language } from '../../domain/common/schemas';
import { SetupState } from '../../domain/settings/schema';
import { ADMIN, ANYONE, method } from '../define';

const Preferences = z.strictObject({ language: Language });

export const DemoSummary = z.strictObject({
  years: z.int(),
  seed: z.int(),
  closures: z.int(),
  members: z.int(),
  visits: z.int(),
  bookings: z.int(),
  signatures: z.int(),
  calls: z.int(),
  invoices: z.int(),
  creditNotes: z.int(),
  payments: z.int(),
  events: z.int(),
  creations: z.int(),
});

export const appContract = {
  'ui.preferences': method({
    summary: 'Interface preferences of this installation (language)',
    input: z.strictObject({}),
    output: Preferences,
    roles: ANYONE,
  }),
  'ui.setLanguage': method({
    summary: 'Switch the interface language',
    input: z.strictObject({ language: Language }),
    output: Preferences,
    roles: ANYONE,
  }),
  'setup.complete': method({
    summary: 'Mark the first-run wizard as finished',
    input: z.strictObject({}),
    output: SetupState,
    roles: ADMIN,
    audit: 'setup_completed',
  }),
  'demo.load': method({
    summary: 'Fill the database with realistic synthetic activity over the last N years',
    input: z.strictObject({
      years: z.int().min(1).max(15).default(1),
      seed: z.int().min(0).max(2 ** 31 - 1).default(1),
    }),
    output: DemoSummary,
    roles: ADMIN,
    audit: 'demo_loaded',
    cli: { command: 'demo', createsDatabase: true },
  }),
};
