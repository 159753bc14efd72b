import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/db';
import { relais } from '../../helpers/cli';
import { billingSpace, november } from '../../helpers/invoicing';

function novemberOnFile() {
  const space = billingSpace();
  const members = november(space);
  space.db.close();
  return { file: space.file, ...members };
}

describe('relais invoices and payments', () => {
  it('runs November, shows the drafts without issuing, then issues with --issue', () => {
    const { file } = novemberOnFile();
    const drafted = relais('--db', file, 'invoices', 'run', '--month', '2026-11', '--json');
    expect(drafted.code).toBe(0);
    expect((JSON.parse(drafted.out) as { drafts: unknown[]; issued: unknown[] }).drafts).toHaveLength(3);
    const issued = relais('--db', file, 'invoices', 'run', '--month', '2026-11', '--issue', '--json');
    expect((JSON.parse(issued.out) as { issued: { number: string }[] }).issued.map((i) => i.number)).toEqual(['F2026-0001', 'F2026-0002', 'F2026-0003']);
    const listed = JSON.parse(relais('--db', file, 'invoices', 'list', '--json').out) as Record<string, unknown>[];
    expect(listed.map((i) => [i.number, i.kind, i.date, i.totalCents, i.paidCents])).toEqual([
      ['F2026-0003', 'invoice', '2026-12-01', 2300, 0],
      ['F2026-0002', 'invoice', '2026-12-01', 7000, 0],
      ['F2026-0001', 'invoice', '2026-12-01', 16560, 0],
    ]);
    expect(listed.every((i) => typeof i.memberId === 'number')).toBe(true);
    expect(relais('--db', file, 'invoices', 'run', '--month', '2027-01').err).toContain('n’a pas encore commencé');
  });

  it('takes a payment and refuses a cheque without its drawer, naming the field', () => {
    const { file, noa } = novemberOnFile();
    relais('--db', file, 'invoices', 'run', '--month', '2026-11', '--issue');
    const refused = relais('--db', file, 'payments', 'add', '--member', String(noa), '--method', 'cheque', '--amount-cents', '2300', '--cheque-bank', 'CIC', '--cheque-number', '12');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('tireur');
    const paid = relais('--db', file, 'payments', 'add', '--member', String(noa), '--method', 'cash', '--amount-cents', '2300', '--json');
    expect(paid.code).toBe(0);
    const listed = JSON.parse(relais('--db', file, 'invoices', 'list', '--member', String(noa), '--json').out) as { paidCents: number; status: string }[];
    expect(listed.map((i) => [i.paidCents, i.status])).toEqual([[2300, 'paid']]);
  });

  it('writes an invoice’s PDF/A-3 with its Factur-X, and the XML alone, by number', async () => {
    const { file } = novemberOnFile();
    relais('--db', file, 'invoices', 'run', '--month', '2026-11', '--issue');
    const dir = tempDir();
    const pdf = path.join(dir, 'F2026-0001.pdf');
    const written = await relais.async('--db', file, 'invoices', 'pdf', 'F2026-0001', '--out', pdf);
    expect(written.code).toBe(0);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(spawnSync('pdfdetach', ['-list', pdf], { encoding: 'utf8' }).stdout).toContain('factur-x.xml');
    expect(spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout).toContain('F2026-0001');
    const xml = path.join(dir, 'F2026-0001.xml');
    expect(relais('--db', file, 'invoices', 'xml', 'F2026-0001', '--out', xml).code).toBe(0);
    expect(fs.readFileSync(xml, 'utf8')).toContain('<ram:ID>F2026-0001</ram:ID>');
    expect(relais('--db', file, 'invoices', 'xml', 'F2026-0099', '--out', xml).err).toContain('F2026-0099');
  });
});
