import http from 'node:http';
import https from 'node:https';

/** What became of a report posted to the network. */
export type SendOutcome =
  | { status: 'sent'; httpStatus: number; detail: string }
  | { status: 'failed'; failure: 'timeout' | 'server_error' | 'unreachable'; httpStatus: number | null; detail: string };

export interface ReportRequest {
  url: string;
  token: string;
  body: string;
  timeoutSeconds: number;
}

const short = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 200);

function causeOf(error: Error): string {
  const code = 'code' in error ? String(error.code) : '';
  return short([code, error.message].filter(Boolean).join(' '));
}

/**
 * POSTs the report's JSON, exactly as previewed, to the one address set in Réglages › Réseau, on a
 * connection of its own (no pool that could reconnect later) and without following redirects: the
 * report goes to that address and nowhere else. The whole exchange must end within the timeout.
 */
export function postReport(request: ReportRequest): Promise<SendOutcome> {
  const url = new URL(request.url);
  const headers: Record<string, string | number> = { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(request.body) };
  if (request.token !== '') headers.authorization = `Bearer ${request.token}`;
  return new Promise((resolve) => {
    let timedOut = false;
    const outgoing = (url.protocol === 'https:' ? https : http).request(url, { method: 'POST', headers, agent: false }, (response) => {
      let answer = '';
      response.setEncoding('utf8');
      // A server that hangs up in the middle of its answer: the request cannot be said to have arrived.
      response.on('aborted', () => resolve({ status: 'failed', failure: 'unreachable', httpStatus: response.statusCode ?? null, detail: 'answer cut short' }));
      response.on('error', (error) => resolve({ status: 'failed', failure: 'unreachable', httpStatus: response.statusCode ?? null, detail: causeOf(error) }));
      response.on('data', (chunk: string) => {
        if (answer.length < 2000) answer += chunk;
      });
      response.on('end', () => {
        clearTimeout(deadline);
        const status = response.statusCode ?? 0;
        const detail = short(answer);
        resolve(status >= 200 && status < 300 ? { status: 'sent', httpStatus: status, detail } : { status: 'failed', failure: 'server_error', httpStatus: status, detail });
      });
    });
    // The first of the answer, an error or the deadline settles the promise; what follows is ignored.
    const deadline = setTimeout(() => {
      timedOut = true;
      outgoing.destroy();
      resolve({ status: 'failed', failure: 'timeout', httpStatus: null, detail: '' });
    }, request.timeoutSeconds * 1000);
    outgoing.on('error', (error) => {
      clearTimeout(deadline);
      resolve({ status: 'failed', failure: timedOut ? 'timeout' : 'unreachable', httpStatus: null, detail: timedOut ? '' : causeOf(error) });
    });
    outgoing.end(request.body);
  });
}
