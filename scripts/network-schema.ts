/**
 * Writes the network report's JSON Schema and its French documentation into resources/network/ from
 * main/domain/network/report-schema.ts. Run after changing the schema: `npm run network-schema`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { networkDocumentation } from '../main/domain/network/documentation';
import { networkReportJsonSchema, REPORT_SCHEMA_VERSION } from '../main/domain/network/report-schema';

const dir = path.resolve(import.meta.dirname, '../resources/network');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, `rapport-reseau-${REPORT_SCHEMA_VERSION}.schema.json`), `${JSON.stringify(networkReportJsonSchema(), null, 2)}\n`);
fs.writeFileSync(path.join(dir, 'LISEZMOI.md'), networkDocumentation());
console.warn(`resources/network: schema ${REPORT_SCHEMA_VERSION} and LISEZMOI.md written`);
