import { createHash } from 'node:crypto';
import type { Db } from '../../db/open';
import { readSection } from '../settings/store';
import { networkCsv } from './csv';
import { networkPeriod, periodLabel } from './period';
import { networkReport } from './report';
import type { NetworkReport } from './report-schema';
import type { NetworkPeriodInput } from './schema';

/** The report as it leaves: the JSON text (what is posted), the CSV beside it, and the JSON's fingerprint. */
export interface ReportFiles {
  report: NetworkReport;
  json: string;
  csv: string;
  sha256: string;
  jsonFileName: string;
  csvFileName: string;
}

export function reportFiles(db: Db, input: NetworkPeriodInput, today: string): ReportFiles {
  const report = networkReport(db, input, today);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const ids = { networkId: readSection(db, 'network').networkId, inseeCode: readSection(db, 'identity').inseeCode };
  const base = `rapport-reseau-${periodLabel(networkPeriod(input))}`;
  return {
    report,
    json,
    csv: networkCsv(report, ids),
    sha256: createHash('sha256').update(json, 'utf8').digest('hex'),
    jsonFileName: `${base}.json`,
    csvFileName: `${base}.csv`,
  };
}
