import { monthlyCalls } from '../../domain/calls/billing';
import { addCall, assignCall, listCalls } from '../../domain/calls/calls';
import { listFormats } from '../../domain/calls/formats';
import { importCalls, previewCalls } from '../../domain/calls/import';
import { classifyNumber } from '../../domain/calls/numbers';
import { readSection } from '../../domain/settings/store';
import type { callsContract } from '../contract/calls';
import type { HandlersFor } from './types';

const bytesOf = (base64: string) => Buffer.from(base64, 'base64');

export const callsHandlers: HandlersFor<typeof callsContract> = {
  'calls.classify': ({ db }, { number }) => {
    const read = classifyNumber(number);
    return { ...read, rule: readSection(db, 'phone').rules[read.class] };
  },
  'calls.add': ({ db, now, at }, input) => addCall(db, input, now, at),
  'calls.list': ({ db }, query) => listCalls(db, query),
  'calls.summary': ({ db }, { month }) => monthlyCalls(db, month),
  'calls.assign': ({ db }, { callId, memberId }) => assignCall(db, callId, memberId),
  'calls.formats': ({ db }) => listFormats(db),
  'calls.preview': ({ db }, { base64 }) => previewCalls(db, bytesOf(base64)),
  'calls.import': (ctx, { fileName, base64, ...choice }) => {
    const report = importCalls(ctx.db, { fileName, bytes: bytesOf(base64) }, choice, ctx.at);
    ctx.auditExtra = { subject: fileName, imported: report.imported, duplicates: report.duplicates, rejected: report.rejected.length };
    return report;
  },
};
