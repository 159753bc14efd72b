import * as z from 'zod';
import { Id } from '../common/schemas';

export const SignatureMethod = z.enum(['kiosk', 'desk']);
export type SignatureMethod = z.infer<typeof SignatureMethod>;

/** One saved text of the charter; never changed once written. */
export const CharterVersion = z.strictObject({
  number: z.int(),
  text: z.string(),
  sha256: z.string(),
  requiresSignature: z.boolean(),
  note: z.string(),
  author: z.string(),
  createdAt: z.string(),
});
export type CharterVersion = z.infer<typeof CharterVersion>;

export const CharterVersionSummary = CharterVersion.omit({ text: true }).extend({ signatures: z.int() });
export type CharterVersionSummary = z.infer<typeof CharterVersionSummary>;

export const VersionRef = z.strictObject({ version: z.int().positive().optional() });

export const SaveVersionInput = z.strictObject({
  text: z.string().trim().min(1).max(100_000),
  /** A typo fix need not be signed again. */
  requiresSignature: z.boolean(),
  note: z.string().trim().max(200).default(''),
  /** The version the editor started from: saving over a newer one would silently undo it. */
  basedOn: z.int().positive().optional(),
});
export type SaveVersionInput = z.infer<typeof SaveVersionInput>;

export const DiffInput = z.strictObject({ from: z.int().positive(), to: z.int().positive() });

export const DiffPart = z.strictObject({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
export type DiffPart = z.infer<typeof DiffPart>;

const MAX_POINTS = 20_000;
const Coordinate = z.number().min(-50).max(5000);

/**
 * The drawn signature as the pad recorded it: strokes of [x, y] points on a canvas of this size.
 * The SVG is drawn from these points by Relais itself, so nothing the page sends is ever rendered
 * as markup; the PNG is the pad's own picture of it.
 */
export const Drawing = z
  .strictObject({
    width: z.int().min(100).max(4000),
    height: z.int().min(50).max(4000),
    strokes: z.array(z.array(z.tuple([Coordinate, Coordinate])).min(1).max(MAX_POINTS)).max(500),
  })
  .refine((drawing) => drawing.strokes.reduce((sum, stroke) => sum + stroke.length, 0) <= MAX_POINTS, {
    error: 'validation.signature_too_long',
    path: ['strokes'],
  });
export type Drawing = z.infer<typeof Drawing>;

/** A PNG as a `data:image/png;base64,…` URL, at most about 600 kB. */
export const PngDataUrl = z
  .string()
  .max(800_000)
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, { error: 'validation.png' });

export const SignInput = z.strictObject({
  memberId: Id,
  /** The version the member read: refused if the charter changed meanwhile. */
  version: z.int().positive(),
  drawing: Drawing,
  png: PngDataUrl,
});
export type SignInput = z.infer<typeof SignInput>;

export const Signature = z.strictObject({
  id: z.int(),
  memberId: z.int(),
  memberName: z.string(),
  version: z.int(),
  textSha256: z.string(),
  signedAt: z.string(),
  method: SignatureMethod,
  witness: z.string(),
  drawingSha256: z.string(),
  /** The drawing as SVG markup (drawn by Relais), or null once erased with an anonymised member. */
  svg: z.string().nullable(),
});
export type Signature = z.infer<typeof Signature>;

/** Where a member stands: the version they must have signed and the latest they did sign. */
export const CharterStanding = z.strictObject({
  currentVersion: z.int(),
  requiredVersion: z.int(),
  signedVersion: z.int().nullable(),
  signedAt: z.string().nullable(),
  upToDate: z.boolean(),
});
export type CharterStanding = z.infer<typeof CharterStanding>;

export const SignStatusRow = z.strictObject({
  memberId: z.int(),
  firstName: z.string(),
  lastName: z.string(),
  signedVersion: z.int().nullable(),
  signedAt: z.string().nullable(),
  upToDate: z.boolean(),
});
export type SignStatusRow = z.infer<typeof SignStatusRow>;

export const SignatureRef = z.strictObject({ signatureId: Id });
