import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../main/api/dispatcher';
import { cliSession } from '../../../main/api/session';
import { openDatabase, type Db } from '../../../main/db/open';
import { networkDocumentation } from '../../../main/domain/network/documentation';
import { networkReportJsonSchema, REPORT_SCHEMA_VERSION } from '../../../main/domain/network/report-schema';
import { nationalPhone } from '../../../main/domain/settings/phone';
import { relais } from '../../helpers/cli';
import { networkReport, type Built } from './scenario';

const RESOURCES = path.resolve(import.meta.dirname, '../../../resources/network');
const SCHEMA_FILE = path.join(RESOURCES, `rapport-reseau-${REPORT_SCHEMA_VERSION}.schema.json`);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `text` as a whole word (a name inside another word is not that name). */
const word = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, 'u');

describe('the network report on three years of demonstration data', () => {
  let dir: string;
  let file: string;
  let db: Db;
  let dispatch: Dispatch;
  const desk = cliSession();
  const thisYear = new Date().getFullYear();
  // Every finished year and quarter of the demonstration (the current year is not over).
  const periods: { year: number; quarter?: number }[] = [thisYear - 2, thisYear - 1].flatMap((year) => [{ year }, ...[1, 2, 3, 4].map((quarter) => ({ year, quarter }))]);
  let reports: Built[];

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-network-'));
    file = path.join(dir, 'demo.sqlite');
    expect(relais('--db', file, 'demo', '--years', '3', '--seed', '11').code).toBe(0);
    db = openDatabase(file);
    dispatch = createDispatcher({ db });
    reports = periods.map(({ year, quarter }) => networkReport(dispatch, desk, year, quarter));
    return () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }, 120_000);

  it('validates against the JSON Schema shipped in resources/network, with ajv', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as object);
    for (const built of reports) {
      const valid = validate(JSON.parse(built.json));
      expect(validate.errors ?? [], `${built.jsonFileName}`).toEqual([]);
      expect(valid).toBe(true);
    }
    const year = reports[5] as Built; // last year
    expect(year.report.usagers_par_profil?.total).toBeGreaterThan(20);
    // The same validator refuses a report carrying anything more, or a name where a count goes.
    const withName = JSON.parse(year.json) as { frequentation: Record<string, unknown> };
    withName.frequentation.nom = 'Lou Garnier';
    expect(validate(withName)).toBe(false);
    const countAsText = JSON.parse(year.json) as { usagers_par_profil: Record<string, unknown> };
    countAsText.usagers_par_profil.etudiant = 'Lou';
    expect(validate(countAsText)).toBe(false);
  });

  it('the schema and its French documentation in resources/ are the ones the code describes', () => {
    const hint = 'run `npm run network-schema` and commit resources/network';
    expect(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')), hint).toEqual(networkReportJsonSchema());
    expect(fs.readFileSync(path.join(RESOURCES, 'LISEZMOI.md'), 'utf8'), hint).toBe(networkDocumentation());
  });

  it('holds no member’s name, e-mail, phone, address or commune, in the JSON or the CSV', () => {
    const members = db.prepare('SELECT first_name, last_name, email, phone, address, city, insee_code FROM members').all() as Record<string, string>[];
    expect(members.length).toBeGreaterThan(50);
    const identity = db.prepare("SELECT value FROM settings WHERE section = 'identity'").pluck().get() as string;
    // The space's own commune is the place's, published in its identity card: a member living there is not revealed by it.
    const space = JSON.parse(identity) as { city: string; inseeCode: string };
    const needles = new Set<string>();
    for (const m of members) {
      for (const value of [m.first_name, m.last_name, m.email, m.phone, m.address]) if (value) needles.add(value);
      if (m.phone) needles.add(nationalPhone(m.phone));
      if (m.city && m.city !== space.city) needles.add(m.city);
      if (m.insee_code && m.insee_code !== space.inseeCode) needles.add(m.insee_code);
    }
    expect(needles.size).toBeGreaterThan(200);
    for (const built of reports) {
      for (const text of [built.json, built.csv]) {
        const found = [...needles].filter((needle) => word(needle).test(text));
        expect(found, built.jsonFileName).toEqual([]);
      }
    }
    // The check itself finds a name when one is there.
    expect(word(members[0]?.last_name ?? '?').test(`x;${members[0]?.last_name};y`)).toBe(true);
  });

  it('`relais export network` writes the JSON and the CSV beside it, as previewed', async () => {
    const out = path.join(dir, 'envoi', 'rapport.json');
    fs.mkdirSync(path.dirname(out));
    const run = await relais.async('--db', file, 'export', 'network', '--year', String(thisYear - 1), '--quarter', '2', '--out', out);
    expect(run.code, run.err).toBe(0);
    const preview = networkReport(dispatch, desk, thisYear - 1, 2);
    expect(fs.readFileSync(out, 'utf8')).toBe(preview.json);
    expect(fs.readFileSync(path.join(dir, 'envoi', 'rapport.csv'), 'utf8')).toBe(preview.csv);
    expect(run.out).toContain('rapport.csv');
    const bad = await relais.async('--db', file, 'export', 'network', '--year', String(thisYear), '--quarter', '5', '--out', out);
    expect(bad.code).toBe(2); // bad usage
    expect(bad.err).toMatch(/trimestre|quarter/i);
    const csvOut = await relais.async('--db', file, 'export', 'network', '--year', String(thisYear - 1), '--out', path.join(dir, 'envoi', 'r.csv'));
    expect(csvOut.code).toBe(2);
    expect(csvOut.err).toContain('--out doit être le fichier JSON');
    expect(fs.existsSync(path.join(dir, 'envoi', 'r.csv'))).toBe(false);
    const unfinished = await relais.async('--db', file, 'export', 'network', '--year', String(thisYear), '--out', out);
    expect([unfinished.code, unfinished.err.includes('n’est pas terminée')]).toEqual([1, true]);
  });
});
