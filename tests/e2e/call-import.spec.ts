import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoRawKeys, sidewaysOverflow, test, unlock } from './fixtures';

const CALLS = path.resolve(import.meta.dirname, '../fixtures/calls');
const NBSP = '\u00a0';

async function openWizard(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await unlock(page, 'Camille', '2468');
  await expect(page.getByRole('link', { name: 'Accueil' })).toBeVisible();
  await page.evaluate(() => {
    window.location.hash = '#/calls/import';
  });
  await expect(page.getByRole('heading', { name: 'Importer un relevé d’appels', level: 1 })).toBeVisible();
}

/** Chooses a fixture file on step 1 and goes on to the columns. */
async function upload(page: Page, file: string): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(path.join(CALLS, file));
  await expect(page.getByRole('heading', { name: `Ce que Relais a lu dans «${NBSP}${file}${NBSP}»` })).toBeVisible();
}

/** Maps the columns of unknown-columns.csv by hand: When, Who, How long. */
async function mapUnknownColumns(page: Page): Promise<void> {
  for (const [field, column] of [
    [/^Date et heure/, 'When'],
    [/^Numéro/, 'Who'],
    [/^Durée/, 'How long'],
  ] as const) {
    await page.getByRole('combobox', { name: field }).click();
    await page.getByRole('option', { name: column, exact: true }).click();
  }
}

const figure = (page: Page, name: string) => page.getByRole('group', { name });

test('an operator’s statement is imported, then again (all duplicates), then a file mapped by hand', async ({ page, readySpace, shoot }) => {
  await openWizard(page, readySpace.url);
  await expectNoRawKeys(page);
  await shoot('call-import-0-start');

  // The button opens the system's file chooser.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir le fichier…' }).click();
  await (await chooser).setFiles(path.join(CALLS, 'releve-detaille-cp1252.csv'));
  const read = page.locator('dl');
  await expect(read).toContainText('Windows-1252');
  await expect(read).toContainText('point-virgule');
  await expect(read).toContainText('7');
  await expect(page.getByText('Toutes les colonnes utiles ont été reconnues')).toBeVisible();
  await shoot('call-import-1-file');

  await page.getByRole('button', { name: 'Continuer' }).click();
  const format = page.getByRole('combobox', { name: 'Format du fichier' });
  await format.click();
  await page.getByRole('option', { name: 'Relevé détaillé (date et heure séparées)' }).click();
  await expect(format).toContainText('Relevé détaillé');
  await expect(page.getByRole('combobox', { name: /^Durée/ })).toContainText('Durée');
  const preview = page.getByRole('table', { name: /Aperçu des premières lignes/ });
  await expect(preview.getByRole('columnheader', { name: 'Libellé' })).toContainText('non utilisée');
  await expect(preview.getByRole('columnheader', { name: /Correspondant/ })).toContainText('Numéro');
  await expect(preview.getByRole('row')).toHaveCount(6);
  await expectNoRawKeys(page);
  await shoot('call-import-2-columns');

  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Compte rendu de «${NBSP}releve-detaille-cp1252.csv${NBSP}»` })).toBeVisible();
  await expect(figure(page, 'Appels importés').getByText('5', { exact: true })).toBeVisible();
  await expect(figure(page, 'Déjà dans le journal').getByText('0', { exact: true })).toBeVisible();
  await expect(figure(page, 'Lignes refusées').getByText('2', { exact: true })).toBeVisible();
  const rejected = page.getByRole('table', { name: 'Lignes refusées' }).getByRole('row');
  await expect(rejected).toHaveCount(3);
  await expect(rejected.nth(1).getByRole('cell').first()).toHaveText('6');
  await expect(rejected.nth(1)).toContainText('Date ou heure illisible');
  await expect(rejected.nth(1)).toContainText('31/11/2026');
  await expect(rejected.nth(2).getByRole('cell').first()).toHaveText('7');
  await expect(rejected.nth(2)).toContainText('Durée illisible ou négative');
  await expect(rejected.nth(2)).toContainText('-00:01:00');
  await expectNoRawKeys(page);
  await shoot('call-import-3-report');

  const imported = readySpace.query<{ import_line: number; direction: string; class: string; duration_s: number }>(
    "SELECT import_line, direction, class, duration_s FROM calls WHERE source = 'import' AND import_file = 'releve-detaille-cp1252.csv' ORDER BY import_line",
  );
  expect(imported.map((call) => call.import_line)).toEqual([2, 3, 4, 5, 8]);
  expect(imported[0]).toEqual({ import_line: 2, direction: 'out', class: 'fr_landline', duration_s: 192 });
  expect(imported[1]).toMatchObject({ direction: 'in', class: 'fr_mobile' });

  // The same file again: nothing new, every readable call is a duplicate.
  await page.getByRole('button', { name: 'Importer un autre fichier' }).click();
  await upload(page, 'releve-detaille-cp1252.csv');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(figure(page, 'Déjà dans le journal').getByText('5', { exact: true })).toBeVisible();
  await expect(figure(page, 'Appels importés').getByText('0', { exact: true })).toBeVisible();
  await expect(page.getByText('Tous ces appels étaient déjà dans le journal')).toBeVisible();
  expect(readySpace.query("SELECT id FROM calls WHERE source = 'import'")).toHaveLength(5);

  // Columns no preset knows: matched by hand, and the layout saved for next time.
  await page.getByRole('button', { name: 'Importer un autre fichier' }).click();
  await upload(page, 'unknown-columns.csv');
  await expect(page.getByText('À faire correspondre à l’étape suivante')).toBeVisible();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('combobox', { name: 'Format du fichier' })).toContainText('Deviner d’après les en-têtes');
  const importButton = page.getByRole('button', { name: 'Importer', exact: true });
  await expect(importButton).toBeDisabled();
  await shoot('call-import-2-columns-unknown');
  await mapUnknownColumns(page);
  await expect(page.getByRole('table', { name: /Aperçu/ }).getByRole('columnheader', { name: /When/ })).toContainText('Date et heure');
  await page.getByLabel('Enregistrer ce format sous').fill('Mon opérateur');
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(figure(page, 'Appels importés').getByText('1', { exact: true })).toBeVisible();
  await expect(page.getByText(`Format «${NBSP}Mon opérateur${NBSP}» enregistré`)).toBeVisible();
  await expect(page.getByText('Aucune ligne refusée.')).toBeVisible();

  const saved = readySpace.query<{ name: string; mapping: string }>('SELECT name, mapping FROM call_formats');
  expect(saved.map((row) => ({ name: row.name, mapping: JSON.parse(row.mapping) as unknown }))).toEqual([
    { name: 'Mon opérateur', mapping: { start: 'When', number: 'Who', duration: 'How long', defaultDirection: 'out' } },
  ]);
  expect(readySpace.query("SELECT number, started_at, duration_s FROM calls WHERE import_file = 'unknown-columns.csv'")).toEqual([
    { number: '0556123456', started_at: '2026-11-01T09:00:00+01:00', duration_s: 60 },
  ]);

  // Next time the saved format is recognised from the headers.
  await page.getByRole('button', { name: 'Importer un autre fichier' }).click();
  await upload(page, 'unknown-columns.csv');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('combobox', { name: 'Format du fichier' })).toContainText('Mon opérateur');
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(figure(page, 'Déjà dans le journal').getByText('1', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Voir le journal' }).click();
  await expect(page).toHaveURL(/#\/calls$/);
});

test('a refused import says why and writes nothing', async ({ page, readySpace, shoot }) => {
  await openWizard(page, readySpace.url);
  await upload(page, 'unknown-columns.csv');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await mapUnknownColumns(page);
  // A preset's name cannot be taken: the refusal shows at the field.
  await page.getByLabel('Enregistrer ce format sous').fill('releve-detaille');
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByText(`«${NBSP}releve-detaille${NBSP}» est le nom d’un format fourni avec Relais`)).toBeVisible();
  await expectNoRawKeys(page);
  await shoot('call-import-2-columns-refused');
  expect(readySpace.query('SELECT id FROM calls')).toEqual([]);
  expect(readySpace.query('SELECT name FROM call_formats')).toEqual([]);
});

test.describe('on a 1024×640 screen', () => {
  test.use({ viewport: { width: 1024, height: 640 } });

  test('every step of the wizard fits without scrolling sideways', async ({ page, readySpace, shoot }) => {
    await openWizard(page, readySpace.url);
    await upload(page, 'export-cdr-bom.csv');
    await expect(page.locator('dl')).toContainText('UTF-8 avec BOM');
    await expect(page.locator('dl')).toContainText('virgule');
    expect(await sidewaysOverflow(page), 'file step').toBeLessThanOrEqual(0);
    await shoot('call-import-small-1-file');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByRole('combobox', { name: 'Format du fichier' })).toContainText('Export CDR (ISO, appelant/appelé)');
    await expect(page.getByRole('radiogroup', { name: 'Numéro du correspondant' }).getByLabel('appelant et appelé')).toBeChecked();
    expect(await sidewaysOverflow(page), 'columns step').toBeLessThanOrEqual(0);
    await shoot('call-import-small-2-columns');
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect(figure(page, 'Lignes refusées').getByText('2', { exact: true })).toBeVisible();
    expect(await sidewaysOverflow(page), 'report step').toBeLessThanOrEqual(0);
    await expectNoRawKeys(page);
    await shoot('call-import-small-3-report');
  });
});

test('the wizard speaks English too, and leads the keyboard from step to step', async ({ page, readySpace }) => {
  await page.goto(readySpace.url);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('PIN').fill('2468');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Hello Camille' })).toBeVisible();
  await page.evaluate(() => {
    window.location.hash = '#/calls/import';
  });
  await expect(page.getByRole('heading', { name: 'Import a call statement', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Choose the file…' })).toBeFocused();
  await page.locator('input[type="file"]').setInputFiles(path.join(CALLS, 'export-cdr-bom.csv'));
  await expect(page.locator('dl')).toContainText('UTF-8 with BOM');
  await expect(page.locator('dl')).toContainText('comma');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Enter');
  const format = page.getByRole('combobox', { name: 'File format' });
  await expect(format).toBeFocused();
  await expect(format).toContainText('CDR export (ISO, caller/called)');
  await expectNoRawKeys(page);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Report on “export-cdr-bom.csv”' })).toBeFocused();
  await expect(figure(page, 'Calls imported').getByText('4', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Rejected lines' })).toContainText('Unreadable date or time');
  await expectNoRawKeys(page);
});
