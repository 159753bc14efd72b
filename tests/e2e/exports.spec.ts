import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { IDENTITY } from '../helpers/identity';
import { api, expect, expectNoRawKeys, openAt, sidewaysOverflow, test } from './fixtures';

const ISSUE_DAY = '2026-12-01T09:30:00+01:00';

/** The bytes of a download and its lines (BOM removed, split on CRLF). */
async function csvLines(file: Download): Promise<{ bytes: Buffer; lines: string[] }> {
  const bytes = fs.readFileSync(await file.path());
  return { bytes, lines: bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n') };
}

/** Types a date into an MUI date field (DD/MM/YYYY sections), replacing what it held. */
async function typeDate(page: Page, label: string, digits: string): Promise<void> {
  await page.getByRole('group', { name: label }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(digits);
}

test('downloads the invoices and payments of the fiscal year as CSV, refuses a period backwards, downloads the FEC', async ({ page, readySpace: space, shoot }) => {
  space.relais('members', 'add', '--first-name', 'Hélène', '--last-name', 'Frère', '--email', 'helene@exemple.fr', '--phone', '06 12 34 56 78', '--profile', 'independent');
  space.relais('call', 'plans.add', JSON.stringify({ kind: 'carnet', memberId: 1, unit: 'half_day', startDate: '2026-11-10' }));
  await openAt(page, space, ISSUE_DAY);
  await api(page, 'invoices.run', { month: '2026-11', issue: true });
  await api(page, 'payments.add', { memberId: 1, method: 'cash', amountCents: 7000 });

  await page.getByRole('link', { name: 'Exports' }).click();
  await expect(page.getByRole('heading', { name: 'Exports', level: 1 })).toBeVisible();
  const csv = page.getByRole('region', { name: 'Exports CSV' });
  // The fiscal year in progress (January to December by default).
  await expect(csv.getByRole('group', { name: 'Du' })).toContainText('01/01/2026');
  await expect(csv.getByRole('group', { name: 'Au' })).toContainText('31/12/2026');
  await expect(csv.getByText('Les factures émises dans la période')).toBeVisible();

  const [invoices] = await Promise.all([page.waitForEvent('download'), csv.getByRole('button', { name: 'Télécharger le CSV' }).click()]);
  expect(invoices.suggestedFilename()).toBe('factures-2026-01-01-au-2026-12-31.csv');
  const read = await csvLines(invoices);
  expect([...read.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(read.lines).toEqual([
    'Numéro;Date;Échéance;Prestation du;Prestation au;N° membre;Client;SIREN client;Total HT;TVA;Total TTC;Avoirs (TTC);Payé;Reste dû;Statut;N° des avoirs',
    'F2026-0001;01/12/2026;31/12/2026;10/11/2026;10/11/2026;1;Hélène Frère;;70,00;0,00;70,00;0,00;70,00;0,00;payée;',
    '',
  ]);
  await expect(csv.getByRole('status')).toHaveText('factures-2026-01-01-au-2026-12-31.csv téléchargé : 1 ligne.');

  await csv.getByRole('combobox', { name: 'Fichier' }).click();
  await page.getByRole('option', { name: 'Paiements' }).click();
  await expect(csv.getByText('Les règlements reçus')).toBeVisible();
  const [payments] = await Promise.all([page.waitForEvent('download'), csv.getByRole('button', { name: 'Télécharger le CSV' }).click()]);
  expect(payments.suggestedFilename()).toBe('paiements-2026-01-01-au-2026-12-31.csv');
  expect((await csvLines(payments)).lines[1]).toBe('1;01/12/2026;espèces;70,00;1;Hélène Frère;F2026-0001 (70,00);0,00;;;;;;;');
  await expectNoRawKeys(page);
  await shoot('exports');

  // A period that ends before it starts: the contract's message, beside « Au ».
  await typeDate(page, 'Du', '31122026');
  await typeDate(page, 'Au', '01012026');
  await csv.getByRole('button', { name: 'Télécharger le CSV' }).click();
  await expect(csv.getByText('La date de fin doit être le même jour ou après la date de début.')).toBeVisible();
  await expect(csv.getByRole('status')).toBeHidden();

  const fec = page.getByRole('region', { name: 'Fichier des écritures comptables (FEC)' });
  await expect(fec.getByRole('combobox', { name: 'Exercice' })).toHaveText('2026 (du 01/01/2026 au 31/12/2026)');
  const [fecFile] = await Promise.all([page.waitForEvent('download'), fec.getByRole('button', { name: 'Télécharger le FEC' }).click()]);
  expect(fecFile.suggestedFilename()).toBe('123456782FEC20261231.txt');
  expect(fs.readFileSync(await fecFile.path(), 'utf8')).toMatch(/^JournalCode[|\t]JournalLib[|\t]EcritureNum/);
  await expect(fec.getByRole('status')).toContainText('123456782FEC20261231.txt téléchargé :');

  // Without a SIREN there is no FEC: the refusal says where to fill it in.
  space.relais('call', 'settings.updateIdentity', JSON.stringify({ ...IDENTITY, siret: '' }));
  await fec.getByRole('button', { name: 'Télécharger le FEC' }).click();
  const refusal = fec.getByRole('alert');
  await expect(refusal).toContainText('renseignez son SIRET dans Réglages › Association');
  await page.setViewportSize({ width: 1024, height: 640 });
  expect(await sidewaysOverflow(page)).toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot('exports-1024');
  await refusal.getByRole('link', { name: 'Ouvrir Réglages › Association' }).click();
  await expect(page.getByLabel('SIREN ou SIRET')).toBeVisible();
});

test('works from the keyboard and reads in English', async ({ page, readySpace: space, shoot }) => {
  await openAt(page, space, ISSUE_DAY);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Exports' }).click();
  const csv = page.getByRole('region', { name: 'CSV exports' });
  const what = csv.getByRole('combobox', { name: 'File' });
  await what.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Members' }).focus();
  await page.keyboard.press('Enter');
  await expect(what).toHaveText('Members');
  await csv.getByRole('button', { name: 'Download the CSV' }).focus();
  const [members] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  // The file itself stays French: it is what the space's spreadsheets and accountant read.
  expect(members.suggestedFilename()).toBe('membres-2026-01-01-au-2026-12-31.csv');
  expect((await csvLines(members)).lines[0]).toMatch(/^N° membre;Nom;Prénom;/);
  await expect(csv.getByRole('status')).toHaveText('membres-2026-01-01-au-2026-12-31.csv downloaded: 0 lines.');
  await expectNoRawKeys(page);
  await shoot('exports-en');
});
