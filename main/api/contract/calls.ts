import * as z from 'zod';
import { AddCallInput, AssignCallInput, Call, CallClass, CallQuery, ClassifyInput, ImportReport, MonthlyCalls, MonthQuery } from '../../domain/calls/schema';
import { ColumnMapping } from '../../domain/calls/mapping';
import { CallRule } from '../../domain/settings/schema';
import { ALL_STAFF, method } from '../define';

/** An operator's file as the page or the command read it. */
const CallFile = {
  fileName: z.string().trim().min(1).max(200),
  /** The file's bytes, base64 (about 10 MB at most). */
  base64: z.string().max(14_000_000),
};


const NamedFormat = z.strictObject({ name: z.string(), preset: z.boolean(), mapping: ColumnMapping });


export const callsContract = {
  'calls.classify': method({
    summary: 'Read a number as typed: its E.164, its class and what the policy says of a call to it',
    input: ClassifyInput,
    output: z.strictObject({ e164: z.string().nullable(), class: CallClass, rule: CallRule }),
    roles: ALL_STAFF,
  }),
  'calls.add': method({
    summary: 'Log a call on the shared line at the desk (duration in minutes or m:ss)',
    input: AddCallInput,
    output: Call,
    roles: ALL_STAFF,
    cli: { command: 'calls add', flags: { memberId: 'member' } },
  }),
  'calls.list': method({
    summary: 'The calls of a month, newest first; filter by member, class or direction',
    input: CallQuery,
    output: z.array(Call),
    roles: ALL_STAFF,
    cli: { command: 'calls list', flags: { memberId: 'member' } },
  }),
  'calls.summary': method({
    summary: 'Per member, a month’s calls, minutes and the amount to re-bill under the policy',
    input: MonthQuery,
    output: z.array(MonthlyCalls),
    roles: ALL_STAFF,
    cli: { command: 'calls summary' },
  }),
  'calls.assign': method({
    summary: 'Say which member made an imported call (operators’ records do not know)',
    input: AssignCallInput,
    output: Call,
    roles: ALL_STAFF,
  }),
  'calls.formats': method({
    summary: 'The column layouts known for operators’ files: presets and saved ones',
    input: z.strictObject({}),
    output: z.array(NamedFormat),
    roles: ALL_STAFF,
    cli: { command: 'calls formats' },
  }),
  'calls.preview': method({
    summary: 'Read an operator’s file without importing it: encoding, separator, first rows, guessed columns',
    input: z.strictObject(CallFile),
    output: z.strictObject({
      encoding: z.enum(['utf-8', 'utf-8-bom', 'windows-1252']),
      separator: z.enum([';', ',', '\t']),
      headers: z.array(z.string()),
      rows: z.array(z.array(z.string())),
      lines: z.int(),
      guess: z.record(z.string(), z.string()),
      missing: z.array(z.string()),
      formats: z.array(NamedFormat),
    }),
    roles: ALL_STAFF,
  }),
  'calls.import': method({
    summary: 'Import an operator’s call records (CSV): all readable lines or none, duplicates skipped, each rejected line reported',
    input: z.strictObject({
      ...CallFile,
      /** A preset or saved layout; without it, the columns are guessed from their names. */
      format: z.string().trim().max(60).optional(),
      mapping: ColumnMapping.optional(),
      /** Keep this mapping under a name for next time. */
      saveAs: z.string().trim().min(1).max(60).optional(),
    }),
    output: ImportReport,
    roles: ALL_STAFF,
    audit: 'calls_imported',
    // The file holds other people's numbers; the log names it and counts its lines instead.
    auditInput: false,
    cli: { command: 'calls import', file: true },
  }),
};
