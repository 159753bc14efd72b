import type { Page } from '@playwright/test';
import { expect, expectNoRawKeys, openAt, sidewaysOverflow, test, type Space } from './fixtures';

// A Tuesday the space is open; the operator's file (tests/fixtures/calls) holds calls of November.
const TUESDAY_MORNING = '2026-12-01T09:30:00+01:00';
const LEA = JSON.stringify({ firstName: 'Léa', lastName: 'Martin', email: 'lea.martin@exemple.fr', profile: 'independent' });

async function openCalls(page: Page, space: Space): Promise<void> {
  await openAt(page, space, TUESDAY_MORNING);
  await page.getByRole('link', { name: 'Téléphone' }).click();
  await expect(page.getByRole('heading', { name: 'Téléphone', level: 1 })).toBeVisible();
}

/** Types the first letters of a name in a member search and picks the first match with Enter. */
async function pickMember(scope: ReturnType<Page['getByRole']>, page: Page, letters: string, name: string): Promise<void> {
  await scope.getByLabel(/Membre/).fill(letters);
  await expect(page.getByRole('option', { name })).toBeVisible();
  await page.keyboard.press('Enter');
}

test('a call out to a mobile is read as it is typed, logged, and re-billed by the started minute', async ({ page, readySpace, shoot }) => {
  readySpace.relais('call', 'members.add', LEA);
  await openCalls(page, readySpace);
  await expect(page.getByRole('group', { name: 'Mois affiché' })).toContainText('décembre 2026');
  await expect(page.getByText('Aucun appel en décembre 2026.')).toBeVisible();
  await shoot('calls-empty');

  await page.getByRole('button', { name: 'Noter un appel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Noter un appel' });
  await expect(dialog.getByLabel(/Membre/)).toBeFocused();
  const reading = dialog.getByRole('status', { name: 'Lecture du numéro' });
  // A special-rate number: the desk is warned before anything is written.
  await dialog.getByLabel(/^Numéro/).fill('08 99 12 34 56');
  await expect(reading).toContainText('Numéro spécial');
  await expect(reading).toContainText('Ces appels ne sont pas autorisés par la politique du lieu.');
  await dialog.getByLabel(/^Numéro/).fill('06 12 34 56 78');
  await expect(reading).toContainText('Mobile France');
  await expect(reading).toContainText('+33612345678');
  await expect(reading).toContainText(/Refacturé 0,15\s€ la minute commencée/);
  await dialog.getByLabel(/^Durée/).fill('2:30');
  // A call out without the member who made it is refused, beside the member field.
  await dialog.getByRole('button', { name: 'Noter l’appel' }).click();
  await expect(dialog.getByText('Indiquez le membre qui a passé l’appel.')).toBeVisible();
  expect(readySpace.query('SELECT id FROM calls')).toEqual([]);
  await pickMember(dialog, page, 'Lé', 'Léa Martin');
  await expect(dialog.getByLabel('Heure')).toHaveValue('09:30');
  await shoot('calls-dialog');
  await dialog.getByRole('button', { name: 'Noter l’appel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Appel noté')).toBeVisible();

  const row = page.getByRole('row', { name: /06 12 34 56 78/ });
  for (const text of ['01/12/2026 09:30', 'Sortant', '+33612345678', 'Mobile France', '2:30', 'Léa Martin', 'Accueil']) await expect(row).toContainText(text);
  await expect(page.getByRole('status').filter({ hasText: 'appel' })).toHaveText('1 appel · 3 min');
  expect(readySpace.query('SELECT number, e164, class, started_at, duration_s, member_id, source FROM calls')).toEqual([
    { number: '06 12 34 56 78', e164: '+33612345678', class: 'fr_mobile', started_at: '2026-12-01T09:30:00+01:00', duration_s: 150, member_id: 1, source: 'desk' },
  ]);
  await expectNoRawKeys(page);
  await shoot('calls-journal-desk');

  // 2:30 is three started minutes at 0,15 €.
  await page.getByRole('tab', { name: 'Récapitulatif du mois' }).click();
  const line = page.getByRole('table', { name: 'Récapitulatif par membre' }).getByRole('row', { name: /Léa Martin/ });
  await expect(line).toContainText(/0,45\s€/);
  await expect(line.getByRole('cell')).toHaveText(['Léa Martin', '1', '3', '0', '0', '3', /0,45\s€/, '0']);
});

test('imported calls are assigned from the journal and billed in that month’s summary', async ({ page, readySpace, shoot }) => {
  readySpace.relais('call', 'members.add', LEA);
  readySpace.relais('calls', 'import', 'tests/fixtures/calls/guessed-tab.tsv');
  await openCalls(page, readySpace);
  await page.getByRole('button', { name: 'Mois précédent' }).click();
  await expect(page.getByRole('group', { name: 'Mois affiché' })).toContainText('novembre 2026');
  await expect(page.getByRole('status').filter({ hasText: 'appels' })).toHaveText('3 appels · 8 min');
  const international = page.getByRole('row', { name: /\+32 2 555 12 34/ });
  await expect(international).toContainText('International');
  await expect(international).toContainText(/Import\s: guessed-tab\.tsv, ligne \d+/);
  await shoot('calls-journal');

  for (const [number, row] of [['+32 2 555 12 34', international], ['06 11 22 33 44', page.getByRole('row', { name: /06 11 22 33 44/ })]] as const) {
    await row.getByRole('button', { name: /Attribuer/ }).click();
    const dialog = page.getByRole('dialog', { name: /Qui a passé cet appel/ });
    await expect(dialog).toContainText(number);
    await pickMember(dialog, page, 'Lé', 'Léa Martin');
    await dialog.getByRole('button', { name: 'Attribuer' }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByRole('link', { name: 'Léa Martin' })).toBeVisible();
  }
  expect(readySpace.query('SELECT e164, member_id FROM calls ORDER BY started_at')).toEqual([
    { e164: '+33556001122', member_id: null },
    { e164: '+33611223344', member_id: 1 },
    { e164: '+3225551234', member_id: 1 },
  ]);

  // The filters ask the server again.
  await page.getByRole('combobox', { name: 'Type de numéro' }).click();
  await page.getByRole('option', { name: 'International' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'appel' })).toHaveText('1 appel · 4 min');

  // 4 started minutes to Belgium at 0,50 € and 2 (95 s) to a mobile at 0,15 €: 2,30 €.
  await page.getByRole('tab', { name: 'Récapitulatif du mois' }).click();
  const table = page.getByRole('table', { name: 'Récapitulatif par membre' });
  await expect(table.getByRole('row', { name: /Léa Martin/ }).getByRole('cell')).toHaveText(['Léa Martin', '2', '6', '0', '0', '6', /2,30\s€/, '0']);
  await expect(table.getByRole('row', { name: /Total/ })).toContainText(/2,30\s€/);
  await expect(page.getByText(/1 appel sortant de ce mois n’a pas de membre/)).toBeVisible();
  await expect(page.getByText(/compte 708800/)).toBeVisible();
  await expectNoRawKeys(page);
  await shoot('calls-summary');
  await table.getByRole('link', { name: 'Léa Martin' }).click();
  await expect(page.getByRole('heading', { name: 'Léa Martin', level: 1 })).toBeVisible();
});

test.describe('on the desk’s small screen', () => {
  test.use({ viewport: { width: 1024, height: 640 } });

  test('the phone screen and its dialog fit 1024×640 without scrolling sideways', async ({ page, readySpace, shoot }) => {
    readySpace.relais('call', 'members.add', LEA);
    readySpace.relais('calls', 'import', 'tests/fixtures/calls/guessed-tab.tsv');
    await openCalls(page, readySpace);
    await page.getByRole('button', { name: 'Mois précédent' }).click();
    await expect(page.getByRole('row', { name: /\+32 2 555 12 34/ })).toBeVisible();
    const overflow = () => sidewaysOverflow(page);
    expect(await overflow(), 'the journal scrolls sideways').toBeLessThanOrEqual(0);
    await shoot('calls-small-journal');
    await page.getByRole('tab', { name: 'Récapitulatif du mois' }).click();
    await expect(page.getByText(/3 appels sortants de ce mois n’ont pas de membre/)).toBeVisible();
    expect(await overflow(), 'the summary scrolls sideways').toBeLessThanOrEqual(0);
    await shoot('calls-small-summary');
    await page.getByRole('button', { name: 'Noter un appel' }).click();
    await page.getByRole('dialog', { name: 'Noter un appel' }).getByLabel(/^Numéro/).fill('+32 2 555 12 34');
    await expect(page.getByRole('status', { name: 'Lecture du numéro' })).toContainText(/Refacturé 0,50\s€/);
    expect(await overflow(), 'the dialog scrolls sideways').toBeLessThanOrEqual(0);
    await shoot('calls-small-dialog');
  });
});
