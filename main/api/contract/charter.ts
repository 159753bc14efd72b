import * as z from 'zod';
import {
  CharterVersion,
  CharterVersionSummary,
  DiffInput,
  DiffPart,
  SaveVersionInput,
  Signature,
  SignatureRef,
  SignInput,
  SignStatusRow,
  VersionRef,
} from '../../domain/charter/schema';
import { ADMIN, ALL_STAFF, method } from '../define';

/** A document to save or print: its file name and bytes in base64. */
export const DocumentFile = z.strictObject({ fileName: z.string(), base64: z.string() });

export const charterContract = {
  'charter.show': method({
    summary: 'The charter in force, or an earlier version, with its number, date, author and SHA-256',
    input: VersionRef,
    output: CharterVersion,
    roles: ALL_STAFF,
    cli: { command: 'charter show' },
  }),
  'charter.versions': method({
    summary: 'Every version of the charter, newest first, with how many signed each',
    input: z.strictObject({}),
    output: z.array(CharterVersionSummary),
    roles: ALL_STAFF,
    cli: { command: 'charter versions' },
  }),
  'charter.save': method({
    summary: 'Save an edited charter as a new version (signed versions are never changed)',
    input: SaveVersionInput,
    output: CharterVersion,
    roles: ADMIN,
    audit: 'charter_changed',
    auditInput: false,
  }),
  'charter.diff': method({
    summary: 'What changed between two versions, word by word',
    input: DiffInput,
    output: z.array(DiffPart),
    roles: ALL_STAFF,
  }),
  'charter.signStatus': method({
    summary: 'Each active member with the latest version signed and whether it is the one required',
    input: z.strictObject({}),
    output: z.array(SignStatusRow),
    roles: ALL_STAFF,
    cli: { command: 'charter sign-status' },
  }),
  'charter.signAtDesk': method({
    summary: 'A member signs the charter in force at the front desk, in front of the signed-in staff member',
    input: SignInput,
    output: Signature,
    roles: ALL_STAFF,
    audit: 'charter_signed',
    auditInput: false,
  }),
  'charter.signedCopy': method({
    summary: 'The signed copy as PDF: charter text, member, date, drawn signature, version and hash',
    input: SignatureRef,
    output: DocumentFile,
    roles: ALL_STAFF,
    deferred: true,
    cli: { command: 'charter copy', flags: { signatureId: 'signature' }, writesFile: true },
  }),
};
