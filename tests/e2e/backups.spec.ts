import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runCli, runCliAsync } from '../../main/cli/run';
import { DatabaseOpenError } from '../../main/db/errors';
import { openDatabase } from '../../main/db/open';
import { startBridge } from '../../main/web/bridge';
import { closureLabels } from '../helpers/closures';
import { damageDatabase } from '../helpers/damage';
import { expect, expectNoRawKeys, sidewaysOverflow, test, unlock } from './fixtures';

const ROOT = path.resolve(import.meta.dirname, '../..');

test('backing up now, then restoring that backup after confirmation', async ({ page, readySpace, shoot }) => {
  const backups = path.join(path.dirname(readySpace.file), 'backups');
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Sauvegardes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sauvegardes' })).toBeVisible();
  await expect(page.getByTestId('folders')).toContainText(backups);
  await expect(page.getByText('Aucune sauvegarde pour l’instant')).toBeVisible();

  readySpace.relais('call', 'calendar.addClosure', JSON.stringify({ startDate: '2026-08-01', endDate: '2026-08-15', label: 'Été' }));
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByText('Sauvegarde faite et vérifiée.')).toBeVisible();
  const row = page.locator('tr[data-backup]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Manuelle');
  await expect(row).toContainText('Principal');
  const name = (await row.getAttribute('data-backup')) ?? '';
  expect(fs.existsSync(path.join(backups, name))).toBe(true);
  await expectNoRawKeys(page);
  await shoot('backups');

  readySpace.relais('call', 'calendar.addClosure', JSON.stringify({ startDate: '2026-12-24', endDate: '2026-12-31', label: 'Noël' }));
  expect(closureLabels(readySpace.file)).toEqual(['Été', 'Noël']);
  await row.getByRole('button', { name: 'Restaurer…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' });
  await expect(dialog).toContainText('(manuelle)');
  await expect(dialog).toContainText('La base actuelle est d’abord sauvegardée');
  await expect(dialog.getByRole('button', { name: 'Restaurer', exact: true })).toBeEnabled();
  await expect(dialog.getByTestId('restore-loss')).toHaveCount(0);
  await shoot('backups-confirm');
  // Cancel first: nothing happens.
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  expect(closureLabels(readySpace.file)).toEqual(['Été', 'Noël']);
  await row.getByRole('button', { name: 'Restaurer…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restaurer', exact: true }).click();
  // Whoever restored signs in again, on the restored database.
  await expect(page.getByLabel('Code PIN')).toBeVisible();
  expect(closureLabels(readySpace.file)).toEqual(['Été']);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Sauvegardes' }).click();
  await expect(page.locator('tr[data-backup]')).toHaveCount(2);
  await expect(page.locator('tr[data-backup]').first()).toContainText('Avant restauration');
  const journal = readySpace.query<{ action: string }>("SELECT action FROM audit_log WHERE action = 'backup_restored'");
  expect(journal).toHaveLength(1);
});

test('before a restore, the dialog names the invoices and payments it would take off the books', async ({ page, readySpace, shoot }) => {
  test.setTimeout(120_000);
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Sauvegardes' }).click();
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.locator('tr[data-backup]')).toHaveCount(1);
  readySpace.relais('demo', '--years', '1');
  const issued = readySpace.query<{ n: number }>('SELECT count(*) AS n FROM invoices WHERE number IS NOT NULL')[0]?.n ?? 0;
  expect(issued).toBeGreaterThan(0);
  await page.reload();
  await page.locator('tr[data-backup]').getByRole('button', { name: 'Restaurer…' }).click();
  const loss = page.getByRole('dialog').getByTestId('restore-loss');
  await expect(loss).toContainText(`${issued} facture(s) ou avoir(s)`);
  await expect(loss).toContainText(/F20\d\d-0001/);
  await shoot('backups-restore-loss');
  await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();
  expect(readySpace.query<{ n: number }>('SELECT count(*) AS n FROM invoices WHERE number IS NOT NULL')[0]?.n).toBe(issued);
});

test('the backup settings: a second folder that does not exist is refused beside its field, one that does receives copies', async ({ page, readySpace, shoot }) => {
  const stick = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-stick-'));
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Sauvegardes' }).click();
  const folder = page.getByLabel('Second dossier (facultatif)');
  await folder.fill('/media/nulle-part/CLE');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText(/Le second dossier «\s\/media\/nulle-part\/CLE\s» n’existe pas/)).toBeVisible();
  expect(readySpace.query("SELECT 1 FROM settings WHERE section = 'backups'")).toHaveLength(0);
  for (const bad of ['abc', '0', '91']) {
    await page.getByLabel('Jours gardés').fill(bad);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByText('Un nombre entier de 1 à 90.')).toBeVisible();
  }
  await page.getByLabel('Jours gardés').fill('10');
  await folder.fill(stick);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Enregistré')).toBeVisible();
  await expect(page.getByTestId('folders')).toContainText(`Second dossier : ${stick}`.replace(' : ', '\u00a0: '));
  await expect(page.getByTestId('folders')).toContainText('jours\u00a0: 10,');
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.locator('tr[data-folder="second"]')).toHaveCount(1);
  expect(fs.readdirSync(stick).filter((name) => name.endsWith('-manual.sqlite'))).toHaveLength(1);
  // The stick is pulled out: the next backup is made, its copy fails, and the page says so.
  fs.rmSync(stick, { recursive: true, force: true });
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByTestId('last-failure')).toContainText('La dernière sauvegarde a échoué le');
  await expect(page.getByTestId('last-failure')).toContainText(stick);
  await expect(page.getByTestId('folders')).toContainText('introuvable pour l’instant');
  await shoot('backups-stick-missing');
});

test('a damaged database opens on the recovery screen, which puts the newest good backup back', async ({ page, shoot }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-recovery-'));
  const file = path.join(dir, 'relais.sqlite');
  const backupDir = path.join(dir, 'backups');
  const cli = (...args: string[]) => expect(runCli(['--db', file, ...args], { out: () => undefined, err: () => undefined, env: process.env })).toBe(0);
  cli('init');
  cli('call', 'auth.createFirstAdmin', '{"name":"Camille","pin":"2468"}');
  cli('call', 'setup.complete');
  cli('call', 'calendar.addClosure', JSON.stringify({ startDate: '2026-08-01', endDate: '2026-08-15', label: 'Été' }));
  expect(await runCliAsync(['--db', file, 'backups', 'run'], { out: () => undefined, err: () => undefined, env: process.env })).toBe(0);
  expect(fs.readdirSync(backupDir).filter((name) => name.endsWith('.sqlite'))).toHaveLength(1);
  damageDatabase(new Database(file), file);
  let damagedDetail = '';
  try {
    openDatabase(file).close();
  } catch (error) {
    damagedDetail = error instanceof DatabaseOpenError ? String(error.params.detail) : '';
  }
  expect(damagedDetail).not.toBe('');
  let reopened: Database.Database | undefined;
  const bridge = await startBridge({ damaged: { file, backupDir, detail: damagedDetail }, onRecovered: (db) => (reopened = db), rendererDir: path.join(ROOT, 'out', 'renderer') });
  try {
    // The front desk's smallest window: the recovery screen must fit it.
    await page.setViewportSize({ width: 1024, height: 640 });
    await page.goto(bridge.url);
    await expect(page.getByRole('heading', { name: 'La base de données est endommagée' })).toBeVisible();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expect(page.getByTestId('damage-detail')).toContainText(damagedDetail.slice(0, 20));
    await expect(page.getByTestId('latest-good')).toContainText('(manuelle)');
    await expectNoRawKeys(page);
    await shoot('recovery');
    await page.getByRole('button', { name: 'Restaurer cette sauvegarde' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Restaurer', exact: true }).click();
    await expect(page.getByText(/Restauration faite/)).toBeVisible();
    await shoot('recovery-done');
    await page.getByRole('button', { name: 'Reprendre' }).click();
    await unlock(page, 'Camille', '2468');
    await expect(page.getByRole('navigation')).toBeVisible();
    expect(closureLabels(file)).toEqual(['Été']);
    expect(fs.readdirSync(backupDir).some((name) => name.endsWith('.sqlite-damaged'))).toBe(true);
  } finally {
    await bridge.close();
    reopened?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
