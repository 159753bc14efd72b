import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { documentOf } from '../invoicing/documents';
import { invoiceFileName, invoicePdf } from '../invoicing/document';
import type { InvoiceDocument } from '../invoicing/schema';
import { chainedRecords } from '../ledger/records';
import { translate } from '../../i18n';
import { closingOf } from './closing';
import { fecFile } from './fec';
import type { Closing } from './schema';

/** What the archive of a closed year holds, read in the transaction; the PDFs are drawn after it. */
export interface ArchiveContents {
  closing: Closing;
  folder: string;
  texts: { path: string; text: string }[];
  documents: InvoiceDocument[];
  logo: string;
}

/**
 * The year's records as they were chained — each issued invoice, credit note and payment dated in
 * the year with its link (`hash = SHA-256(canonical JSON + previous hash)`, so anyone can recompute
 * it) — the deposit slips, the closing, the FEC and a note on how to check it all.
 */
export function archiveContents(db: Db, year: number): ArchiveContents {
  const closing = closingOf(db, year);
  if (!closing) throw new Refusal('errors.accounting.not_closed', { year }, { field: 'year' });
  const period = { start: closing.start, end: closing.end };
  const ids = sql(db, 'SELECT id FROM invoices WHERE number IS NOT NULL AND issue_date BETWEEN @start AND @end ORDER BY series, seq').pluck().all(period) as number[];
  const links = sql(
    db,
    `SELECT c.position, c.record, c.record_id AS recordId, c.previous_hash AS previousHash, c.hash, c.chained_at AS chainedAt
       FROM chain c
       LEFT JOIN invoices i ON c.record = 'invoice' AND i.id = c.record_id
       LEFT JOIN payments p ON c.record = 'payment' AND p.id = c.record_id
      WHERE coalesce(i.issue_date, p.date) BETWEEN @start AND @end ORDER BY c.position`,
  ).all(period) as { position: number; record: string; recordId: number }[];
  const records = chainedRecords(db);
  const chained = links.map((link) => ({ ...link, data: records.get(`${link.record}:${link.recordId}`) ?? null }));
  const deposits = sql(
    db,
    `SELECT d.number, d.date, d.bank, json_group_array(p.id) AS paymentIds, sum(p.amount_cents) AS amountCents
       FROM cheque_deposits d JOIN payments p ON p.deposit_id = d.id WHERE d.date BETWEEN @start AND @end GROUP BY d.id ORDER BY d.id`,
  ).all(period) as { paymentIds: string }[];
  // The FEC and the logo as they were at closing: the archive comes out the same, whatever changed since.
  const fec = fecFile(db, year, closing.end);
  const folder = `cloture-${year}`;
  return {
    closing,
    folder,
    documents: ids.map((id) => documentOf(db, id)),
    logo: sql(db, 'SELECT logo FROM closings WHERE year = ?').pluck().get(year) as string,
    texts: [
      { path: 'LISEZMOI.txt', text: readme(closing) },
      { path: 'cloture.json', text: json(closing) },
      { path: 'enregistrements.json', text: json(chained) },
      { path: 'remises-de-cheques.json', text: json(deposits.map((d) => ({ ...d, paymentIds: JSON.parse(d.paymentIds) as number[] }))) },
      { path: fec.fileName, text: fec.text },
    ],
  };
}

/** The ZIP: one folder, its files, and `SHA256SUMS` of them all (`sha256sum -c SHA256SUMS` inside it). */
export async function archiveZip(contents: ArchiveContents): Promise<{ fileName: string; bytes: Uint8Array }> {
  const files: { path: string; bytes: Uint8Array }[] = contents.texts.map(({ path, text }) => ({ path, bytes: new TextEncoder().encode(text) }));
  for (const document of contents.documents) {
    files.push({ path: `pdf/${invoiceFileName(document)}`, bytes: await invoicePdf(document, { logo: contents.logo }) });
  }
  const sums = files.map(({ path, bytes }) => `${createHash('sha256').update(bytes).digest('hex')}  ${path}\n`).join('');
  files.push({ path: 'SHA256SUMS', bytes: new TextEncoder().encode(sums) });
  // The same closing gives the same bytes: every entry dated the day the year was closed.
  // (fflate writes local time: noon local, the same entry on every machine.)
  const [year, month, day] = contents.closing.closedAt.slice(0, 10).split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day, 12);
  const zippable: Zippable = {};
  for (const { path, bytes } of files) zippable[`${contents.folder}/${path}`] = [bytes, { mtime, level: path.endsWith('.pdf') ? 0 : 6 }];
  return { fileName: `${contents.folder}.zip`, bytes: zipSync(zippable) };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** How to read and check the archive, in French like the documents it holds. */
function readme(closing: Closing): string {
  const { year, start, end, closedAt, closedBy, chainPosition, chainHash } = closing;
  return `${translate('fr', 'accounting.readme', { year, start, end, closedAt: closedAt.slice(0, 10), closedBy, chainPosition, chainHash: chainHash || '—' })}\n`;
}
