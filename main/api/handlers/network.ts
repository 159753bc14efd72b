import { Refusal } from '../../domain/common/refusal';
import { isoDate, isoDateTime } from '../../domain/common/time';
import { economicFigures, setEconomicFigures } from '../../domain/network/economic';
import { reportFiles } from '../../domain/network/files';
import { postReport, type SendOutcome } from '../../domain/network/send';
import { finishSending, listSendings, startSending } from '../../domain/network/sendings';
import { TOKEN_MASK, type NetworkSending } from '../../domain/network/schema';
import { readSection } from '../../domain/settings/store';
import type { networkContract } from '../contract/network';
import { later } from '../later';
import { actorName } from '../session';
import { update } from './settings';
import type { HandlersFor } from './types';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const FAILURE_MESSAGES = {
  timeout: 'errors.network.timeout',
  server_error: 'errors.network.server_error',
  unreachable: 'errors.network.unreachable',
} as const;


export const networkHandlers: HandlersFor<typeof networkContract> = {
  'settings.updateNetwork': (ctx, network) => {
    const token = network.token === TOKEN_MASK ? readSection(ctx.db, 'network').token : network.token;
    const stored = update(ctx, 'network', { ...network, token });
    return { ...stored, token: stored.token === '' ? '' : TOKEN_MASK };
  },
  'network.report': (ctx, input) => reportFiles(ctx.db, input, isoDate(ctx.now)),
  'network.export': (ctx, input) => {
    const files = reportFiles(ctx.db, input, isoDate(ctx.now));
    ctx.auditExtra = { subject: files.jsonFileName, sha256: files.sha256 };
    return { fileName: files.jsonFileName, base64: base64(files.json), sha256: files.sha256, beside: [{ fileName: files.csvFileName, base64: base64(files.csv) }] };
  },
  'network.send': (ctx, input) => {
    const settings = readSection(ctx.db, 'network');
    if (settings.url === '') throw new Refusal('errors.network.no_url', {}, { field: 'url' });
    const files = reportFiles(ctx.db, input, isoDate(ctx.now));
    if (input.sha256 !== undefined && input.sha256 !== files.sha256) throw new Refusal('errors.network.changed', {}, { field: 'sha256' });
    const { debut, fin } = files.report.periode;
    const staffName = actorName(ctx.session);
    const id = startSending(ctx.db, { at: ctx.at, staffName, url: settings.url, periodStart: debut, periodEnd: fin, body: files.json, sha256: files.sha256 });
    ctx.auditExtra = { subject: settings.url, sha256: files.sha256, period: `${debut}/${fin}` };
    const sending = { id, startedAt: ctx.at, staffName, url: settings.url, periodStart: debut, periodEnd: fin, sha256: files.sha256, bytes: Buffer.byteLength(files.json) };
    let outcome: SendOutcome = { status: 'failed', failure: 'unreachable', httpStatus: null, detail: 'interrupted' };
    let finishedAt = ctx.at;
    return later(
      async () => {
        outcome = await postReport({ url: settings.url, token: settings.token, body: files.json, timeoutSeconds: settings.timeoutSeconds });
        finishedAt = isoDateTime(ctx.clock());
        if (outcome.status === 'failed') {
          const params = { url: settings.url, status: outcome.httpStatus ?? '', seconds: settings.timeoutSeconds, detail: outcome.detail };
          throw new Refusal(FAILURE_MESSAGES[outcome.failure], params, { field: 'url' });
        }
        const sent: NetworkSending = { ...sending, finishedAt, status: 'sent', httpStatus: outcome.httpStatus, failure: null, detail: outcome.detail };
        return { sending: sent };
      },
      () => finishSending(ctx.db, id, outcome, finishedAt),
    );
  },
  'network.sendings': (ctx) => listSendings(ctx.db),
  'network.figures': (ctx, { year }) => economicFigures(ctx.db, year),
  'network.setFigures': (ctx, figures) => setEconomicFigures(ctx.db, figures, ctx.at),
};
