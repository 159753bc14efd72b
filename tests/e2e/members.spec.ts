import { expect, expectNoRawKeys, openAt, test, unlock } from './fixtures';
import fs from 'node:fs';
import type { Download } from '@playwright/test';

// A Tuesday the space is open, so the test does not depend on the day CI runs.
const TUESDAY_MORNING = '2026-12-01T09:30:00+01:00';
const TUESDAY_NOON = '2026-12-01T12:10:00+01:00';


test('staff register a member, sell a carnet, and check them in and out from « Aujourd’hui »', async ({ page, readySpace, shoot }) => {
  await openAt(page, readySpace, TUESDAY_MORNING);
  await page.getByRole('link', { name: 'Membres' }).click();
  await expect(page.getByRole('heading', { name: 'Membres', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Nouveau membre' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau membre' });
  await dialog.getByLabel('Prénom').fill('Léa');
  await dialog.getByLabel(/^Nom\s*\*?$/).fill('Martin');
  await dialog.getByLabel('E-mail').fill('lea.martin@exemple');
  await dialog.getByLabel('Téléphone').fill('06 12 34 56 78');
  await dialog.getByRole('button', { name: 'Ajouter' }).click();
  // A bad e-mail is named at its field, and nothing is written.
  await expect(dialog.getByText(/Adresse invalide/)).toBeVisible();
  expect(readySpace.query('SELECT id FROM members')).toEqual([]);
  await dialog.getByLabel('E-mail').fill('lea.martin@exemple.fr');
  await shoot('member-add');
  await dialog.getByRole('button', { name: 'Ajouter' }).click();
  await expect(page.getByRole('heading', { name: 'Léa Martin', level: 1 })).toBeVisible();
  expect(readySpace.query('SELECT first_name, email, phone FROM members')).toEqual([{ first_name: 'Léa', email: 'lea.martin@exemple.fr', phone: '+33612345678' }]);

  await page.getByRole('button', { name: 'Nouvelle adhésion' }).click();
  await page.getByRole('dialog', { name: 'Nouvelle adhésion' }).getByRole('button', { name: 'Ajouter' }).click();
  await expect(page.getByRole('region', { name: 'Adhésions' })).toContainText('du 01/01/2026 au 31/12/2026');

  await page.getByRole('button', { name: 'Vendre une formule' }).click();
  const sale = page.getByRole('dialog', { name: 'Vendre une formule' });
  await expect(sale.getByLabel('Prix')).toHaveValue(/€/);
  await sale.getByRole('button', { name: 'Enregistrer la vente' }).click();
  const plans = page.getByRole('region', { name: 'Formules' });
  await expect(plans).toContainText('10 demi-journées');
  await expectNoRawKeys(page);
  await shoot('member-page');

  // The desk: two letters, Enter to pick, Enter to record the arrival.
  await page.getByRole('link', { name: 'Aujourd’hui' }).click();
  await expect(page.getByLabel(/Qui arrive/)).toBeFocused();
  await page.keyboard.type('Lé');
  await expect(page.getByRole('list', { name: 'Membres trouvés' })).toContainText('Léa Martin');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Arrivée' })).toBeFocused();
  await page.keyboard.press('Enter');
  const board = page.getByRole('region', { name: 'Présents aujourd’hui' });
  await expect(board.getByRole('row', { name: /Léa Martin/ })).toContainText('Carnet');
  await expect(board).toContainText('1 sur place');
  await expect(page.getByLabel(/Qui arrive/)).toBeFocused();
  await shoot('today-board');

  const uses = () => readySpace.query<{ half: string; units: number }>("SELECT half, units FROM half_day_uses WHERE coverage = 'carnet'");
  expect(uses()).toEqual([{ half: 'am', units: 1 }]);

  // Leaving after noon: the morning was already counted, so the carnet is not debited again.
  // Nobody touched the desk for hours: the app locked itself, and staff unlock it again.
  readySpace.setNow(TUESDAY_NOON);
  await page.clock.setFixedTime(new Date(TUESDAY_NOON));
  await board.getByRole('button', { name: 'Départ' }).click();
  await unlock(page, 'Camille', '2468');
  await board.getByRole('button', { name: 'Départ' }).click();
  await expect(board).toContainText('0 sur place');
  await expect(board.getByRole('row', { name: /Léa Martin/ })).toContainText('12:10');
  expect(uses()).toEqual([{ half: 'am', units: 1 }]);
  expect(readySpace.query('SELECT left_at FROM attendances')).toEqual([{ left_at: '2026-12-01T12:10:00+01:00' }]);

  await board.getByRole('link', { name: 'Léa Martin' }).click();
  await expect(page.getByRole('region', { name: 'Formules' }).getByRole('row', { name: /Carnet/ })).toContainText('9');

  // The right of access: the member's data as JSON and as a readable page.
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await page.getByRole('button', { name: 'Exporter ses données' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  const files = await Promise.all(downloads.map(async (download) => ({ name: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, 'utf8') })));
  const json = files.find((file) => file.name.endsWith('.json'));
  const html = files.find((file) => file.name.endsWith('.html'));
  expect(JSON.stringify(JSON.parse(json!.text))).toContain('lea.martin@exemple.fr');
  expect(html!.text).toContain('Léa');
});

test('a possible duplicate is shown with a link, and staff may still create the member', async ({ page, readySpace, shoot }) => {
  readySpace.relais('members', 'add', '--first-name', 'Jean', '--last-name', 'Dupont', '--email', 'jean@exemple.fr', '--profile', 'independent');
  await openAt(page, readySpace, TUESDAY_MORNING);
  await page.getByRole('link', { name: 'Membres' }).click();
  await page.getByRole('button', { name: 'Nouveau membre' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau membre' });
  await dialog.getByLabel('Prénom').fill('Jeanne');
  await dialog.getByLabel(/^Nom\s*\*?$/).fill('Dupont');
  await dialog.getByLabel('E-mail').fill('jean@exemple.fr');
  await dialog.getByRole('button', { name: 'Ajouter' }).click();
  const warning = dialog.getByRole('alert');
  await expect(warning).toContainText('peut-être déjà enregistrée');
  await expect(warning.getByRole('link', { name: 'Jean Dupont' })).toBeVisible();
  await shoot('member-duplicate');
  expect(readySpace.query('SELECT id FROM members')).toHaveLength(1);
  await warning.getByRole('button', { name: 'C’est une autre personne, continuer' }).click();
  await dialog.getByRole('button', { name: 'Créer quand même' }).click();
  await expect(page.getByRole('heading', { name: 'Jeanne Dupont', level: 1 })).toBeVisible();
  expect(readySpace.query('SELECT first_name FROM members ORDER BY id')).toEqual([{ first_name: 'Jean' }, { first_name: 'Jeanne' }]);
});

test('an empty carnet is refused at arrival, with the drop-in price offered instead', async ({ page, readySpace }) => {
  readySpace.relais('members', 'add', '--first-name', 'Paul', '--last-name', 'Roux', '--profile', 'student');
  readySpace.relais('call', 'plans.add', JSON.stringify({ kind: 'carnet', memberId: 1, unit: 'half_day', startDate: '2026-11-02', quantity: 1 }));
  readySpace.relais('checkin', '--member', '1', '--at', '2026-11-30T09:00:00+01:00');
  readySpace.relais('checkout', '--member', '1', '--at', '2026-11-30T11:00:00+01:00');
  await openAt(page, readySpace, TUESDAY_MORNING);
  await page.getByRole('link', { name: 'Membres' }).click();
  await page.getByRole('gridcell', { name: 'Roux' }).click();
  await page.getByRole('button', { name: 'Arrivée' }).click();
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText('carnet');
  expect(readySpace.query('SELECT id FROM attendances')).toHaveLength(1);
  await refusal.getByRole('button', { name: /tarif ponctuel/ }).click();
  await expect(page.getByText('Présent·e')).toBeVisible();
  expect(readySpace.query("SELECT coverage FROM half_day_uses WHERE date = '2026-12-01'")).toEqual([{ coverage: 'dropin' }]);
});

test('someone new at the desk: the name typed in « Aujourd’hui » starts their record', async ({ page, readySpace }) => {
  await openAt(page, readySpace, TUESDAY_MORNING);
  await page.getByRole('link', { name: 'Aujourd’hui' }).click();
  await expect(page.getByLabel(/Qui arrive/)).toBeFocused();
  await page.keyboard.type('Zoé Blanc');
  await expect(page.getByText('Personne ne correspond.')).toBeVisible();
  await page.getByRole('link', { name: 'Créer sa fiche' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau membre' });
  await expect(dialog.getByLabel('Prénom')).toHaveValue('Zoé');
  await expect(dialog.getByLabel(/^Nom\s*\*?$/)).toHaveValue('Blanc');
  await dialog.getByRole('button', { name: 'Ajouter' }).click();
  await expect(page.getByRole('heading', { name: 'Zoé Blanc', level: 1 })).toBeVisible();
  expect(readySpace.query('SELECT first_name, last_name FROM members')).toEqual([{ first_name: 'Zoé', last_name: 'Blanc' }]);
});
