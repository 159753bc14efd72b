import { signedCopyPdf } from '../../domain/charter/pdf';
import { getSignature, signatureDrawing, signCharter, signStatus } from '../../domain/charter/signatures';
import { currentVersion, diffVersions, getVersion, listVersions, saveVersion } from '../../domain/charter/versions';
import { Refusal } from '../../domain/common/refusal';
import { readSection } from '../../domain/settings/store';
import type { charterContract } from '../contract/charter';
import { later } from '../later';
import type { HandlersFor } from './types';

export const charterHandlers: HandlersFor<typeof charterContract> = {
  'charter.show': ({ db, at }, { version }) => (version === undefined ? currentVersion(db, at) : getVersion(db, version)),
  'charter.versions': ({ db, at }) => listVersions(db, at),
  'charter.save': (ctx, input) => {
    const { session } = ctx;
    const author = { staffId: session.staff?.staffId ?? null, name: session.staff?.name ?? '—' };
    const saved = saveVersion(ctx.db, input, author, ctx.at);
    // The text itself is in charter_versions for ever; the log names the version.
    ctx.auditExtra = { subject: `version ${saved.number}`, sha256: saved.sha256, requiresSignature: saved.requiresSignature, note: saved.note };
    return saved;
  },
  'charter.diff': ({ db }, { from, to }) => diffVersions(db, from, to),
  'charter.signStatus': ({ db, at }) => signStatus(db, at),
  'charter.signAtDesk': (ctx, input) => {
    const signature = signCharter(ctx.db, input, { method: 'desk', witness: ctx.session.staff?.name ?? '' }, ctx.at);
    ctx.auditExtra = { subject: signature.memberName, memberId: signature.memberId, version: signature.version };
    return signature;
  },

  'charter.signedCopy': ({ db }, { signatureId }) => {
    const signature = getSignature(db, signatureId);
    const drawing = signatureDrawing(db, signatureId);
    if (!drawing) throw new Refusal('errors.charter.drawing_erased', {}, { field: 'signatureId' });
    const version = getVersion(db, signature.version);
    const copy = {
      spaceName: readSection(db, 'identity').name,
      memberName: signature.memberName,
      versionNumber: version.number,
      versionDate: version.createdAt.slice(0, 10),
      textSha256: signature.textSha256,
      markdown: version.text,
      signedAt: signature.signedAt,
      method: signature.method,
      witness: signature.witness,
      drawing,
    };
    const fileName = `charte-v${version.number}-${signature.memberName.replace(/[^\p{L}\p{N}]+/gu, '-')}-${signature.signedAt.slice(0, 10)}.pdf`;
    return later(async () => ({ fileName, base64: Buffer.from(await signedCopyPdf(copy)).toString('base64') }));
  },
};
