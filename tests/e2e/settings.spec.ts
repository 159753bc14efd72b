import { expect, expectNoRawKeys, test, unlock } from './fixtures';

test('an admin edits a seat: new name and kind, saved in the database', async ({ page, readySpace, shoot }) => {
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Espace' }).click();
  await expect(page.getByRole('heading', { name: 'Espace', level: 1 })).toBeVisible();
  await expectNoRawKeys(page);
  await shoot('settings-space');

  await page.getByRole('button', { name: 'Modifier le poste A4' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modifier le poste A4' });
  await dialog.getByLabel('Nom du poste').fill('');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByText('À remplir.')).toBeVisible();
  await dialog.getByLabel('Nom du poste').fill('Poste fenêtre');
  await dialog.getByLabel('Type de poste').click();
  await page.getByRole('option', { name: 'Poste permanent' }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await shoot('settings-space-edit-seat');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();

  const row = page.locator('tr[data-seat="A4"]');
  await expect(row).toContainText('Poste fenêtre');
  await expect(row).toContainText('Poste permanent');
  expect(readySpace.query("SELECT name, kind FROM seats WHERE code = 'A4'")).toEqual([{ name: 'Poste fenêtre', kind: 'permanent' }]);
  expect(readySpace.query("SELECT action FROM audit_log WHERE action = 'space_changed'")).toHaveLength(1);
});

test('a desk taken out of service from a later date stays in service until then', async ({ page, readySpace }) => {
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Espace' }).click();
  const row = page.locator('tr[data-seat="B3"]');
  await row.getByRole('button', { name: 'Mettre le poste B3 hors service' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mettre « Poste B3 » hors service' });
  await dialog.getByRole('group', { name: 'À partir du' }).click();
  await page.keyboard.type('01092030');
  await dialog.getByRole('button', { name: 'Mettre hors service' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Hors service à partir du 01/09/2030');
  await expect(row.getByRole('button', { name: 'Modifier le poste B3' })).toBeVisible();
  expect(readySpace.query("SELECT retired_on FROM seats WHERE code = 'B3'")).toEqual([{ retired_on: '2030-09-01' }]);
  expect(JSON.parse(readySpace.relais('seats', 'list', '--json')).map((seat: { code: string }) => seat.code)).toContain('B3');
  await row.getByRole('button', { name: 'Annuler la mise hors service' }).click();
  await expect(row).toContainText('En service');
});

test('every settings screen opens in French, with its data', async ({ page, readySpace, shoot }) => {
  readySpace.relais('demo', '--years', '1');
  readySpace.relais('staff', 'add', '--name', 'Lou', '--role', 'welcome', '--pin', '1357');
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');

  await page.getByRole('link', { name: 'Association' }).click();
  await expect(page.getByLabel('Nom de l’association')).toHaveValue('Arrêt Minute');
  await expect(page.getByLabel('SIREN ou SIRET')).toHaveValue('123 456 782 00010');
  await expect(page.getByLabel('Téléphone')).toHaveValue('05 57 51 00 00');
  await expectNoRawKeys(page);
  await shoot('settings-association');

  await page.getByRole('link', { name: 'Horaires et fermetures' }).click();
  await expect(page.getByRole('cell', { name: 'Lundi de Pâques' })).toBeVisible();
  await expect(page.getByText('Mo-Fr 08:30-12:30,13:30-18:30')).toBeVisible();
  await expectNoRawKeys(page);
  await shoot('settings-hours');

  await page.getByRole('link', { name: 'Tarifs' }).click();
  await expect(page.getByLabel('Prix de « Carnet de 10 journées »')).toHaveValue('130,00');
  await shoot('settings-tariffs');

  await page.getByRole('link', { name: 'Équipe' }).click();
  await expect(page.getByRole('cell', { name: 'Lou' })).toBeVisible();
  await shoot('settings-staff');

  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByText('Données de démonstration chargées')).toBeVisible();
  await expectNoRawKeys(page);
  await shoot('settings-journal');
});

test('opening hours edited day by day are saved in OSM syntax; a closure is added', async ({ page, readySpace }) => {
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Horaires et fermetures' }).click();
  await page.getByLabel('Samedi', { exact: true }).check();
  // Times may be typed the French way; they are written HH:MM on leaving the field.
  await page.getByLabel('Samedi : ouverture').fill('9h');
  await page.getByLabel('Samedi : fermeture', { exact: true }).fill('12h');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Samedi : ouverture')).toHaveValue('09:00');
  await expect(page.getByText('Mo-Fr 08:30-12:30,13:30-18:30; Sa 09:00-12:00')).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Enregistré', { exact: true })).toBeVisible();
  const opening = JSON.parse(readySpace.query<{ value: string }>("SELECT value FROM settings WHERE section = 'opening'")[0]?.value ?? '{}');
  expect(opening.hours).toBe('Mo-Fr 08:30-12:30,13:30-18:30; Sa 09:00-12:00');

  await page.getByRole('button', { name: 'Ajouter une fermeture' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter une fermeture' });
  await dialog.getByLabel('Motif').fill('Travaux');
  await dialog.getByRole('button', { name: 'Ajouter' }).click();
  await expect(page.getByRole('cell', { name: 'Travaux' })).toBeVisible();
  expect(readySpace.query("SELECT label FROM closures")).toEqual([{ label: 'Travaux' }]);
});

test('a wrong time is shown on its field, and once corrected the hours save', async ({ page, readySpace }) => {
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Horaires et fermetures' }).click();
  await page.getByLabel('Lundi : ouverture').fill('25:00');
  await page.getByLabel('Mardi : fermeture', { exact: true }).fill('07:00');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const monday = page.getByRole('row', { name: /Lundi/ });
  await expect(monday.getByText('Une heure, ex. 08:30')).toBeVisible();
  await expect(page.getByRole('row', { name: /Mardi/ }).getByText('Plus tard que l’heure d’avant')).toBeVisible();
  await page.getByLabel('Lundi : ouverture').fill('9h');
  await page.getByLabel('Mardi : fermeture', { exact: true }).fill('12:30');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Enregistré', { exact: true })).toBeVisible();
  const opening = JSON.parse(readySpace.query<{ value: string }>("SELECT value FROM settings WHERE section = 'opening'")[0]?.value ?? '{}');
  expect(opening.hours).toBe('Mo 09:00-12:30,13:30-18:30; Tu-Fr 08:30-12:30,13:30-18:30');
});

test('leaving a screen with unsaved changes asks first', async ({ page, readySpace }) => {
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Association' }).click();
  await page.getByLabel('Téléphone').fill('05 57 00 00 00');
  await page.getByRole('link', { name: 'Espace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modifications non enregistrées' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Rester sur l’écran' }).click();
  await expect(page.getByLabel('Téléphone')).toHaveValue('05 57 00 00 00');
  await page.getByRole('link', { name: 'Espace' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Abandonner les modifications' }).click();
  await expect(page.getByRole('heading', { name: 'Espace', level: 1 })).toBeVisible();
  expect(JSON.parse(readySpace.query<{ value: string }>("SELECT value FROM settings WHERE section = 'identity'")[0]?.value ?? '{}').phone).toBe('+33557510000');
});

test('the last administrator cannot be switched off, and is told why', async ({ page, readySpace }) => {
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Équipe' }).click();
  await page.getByRole('row', { name: /Camille/ }).getByRole('button', { name: 'Modifier' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modifier le compte de Camille' });
  await dialog.getByLabel('Compte actif (peut déverrouiller Relais)').uncheck();
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Camille est le dernier administrateur actif');
  expect(readySpace.query('SELECT active FROM staff')).toEqual([{ active: 1 }]);
});

test('removing a closure asks first', async ({ page, readySpace }) => {
  readySpace.relais('call', 'calendar.addClosure', '{"startDate":"2030-08-01","endDate":"2030-08-15","label":"Été 2030"}');
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Horaires et fermetures' }).click();
  await page.getByRole('row', { name: /Été 2030/ }).getByRole('button', { name: 'Supprimer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Supprimer la fermeture « Été 2030 » ?' });
  await expect(dialog).toContainText('du 01/08/2030 au 15/08/2030');
  await dialog.getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByText('Aucune fermeture prévue.')).toBeVisible();
  expect(readySpace.query('SELECT id FROM closures')).toEqual([]);
});

test('a file that is not a PNG or JPEG image is refused as the logo; a real one is saved', async ({ page, readySpace }) => {
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Association' }).click();
  const picker = page.locator('input[type="file"]');
  await picker.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('pas une image') });
  await expect(page.getByText('Ce fichier n’est pas une image lisible : choisissez une image PNG ou JPEG.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retirer' })).toHaveCount(0);

  await picker.setInputFiles('resources/icon.png');
  await expect(page.getByRole('button', { name: 'Retirer' })).toBeVisible();
  // The identity form comes first on the page, before the VAT form.
  await page.getByRole('button', { name: 'Enregistrer' }).first().click();
  await expect(page.getByText('Enregistré')).toBeVisible();
  const identity = JSON.parse(readySpace.query<{ value: string }>("SELECT value FROM settings WHERE section = 'identity'")[0]?.value ?? '{}');
  expect(identity.logo).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
});

test('a number out of range names the range it must be in, and nothing is saved', async ({ page, readySpace }) => {
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Équipe' }).click();
  await page.getByLabel('Verrouiller après').fill('0');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Un nombre entier de 1 à 240.')).toBeVisible();

  await page.getByRole('link', { name: 'Tarifs' }).click();
  await page.getByRole('button', { name: 'Abandonner les modifications' }).click();
  await page.getByLabel('Unités du carnet').first().fill('0');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Un nombre entier d’au moins 1, par exemple 10.')).toBeVisible();
  const settings = JSON.parse(readySpace.relais('settings', 'show', '--json')) as { security: { idleLockMinutes: number } };
  expect(settings.security.idleLockMinutes).toBe(10);
  expect(readySpace.query("SELECT quantity FROM tariffs WHERE code = 'carnet_half_days'")).toEqual([{ quantity: 10 }]);
});

test('choosing to charge VAT warns that invoices need the VAT number, until it is given', async ({ page, readySpace, shoot }) => {
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Association' }).click();
  const warning = page.getByText(/Relais refusera d’en émettre tant qu’il manque/);
  await page.getByLabel(/Assujettie à la TVA/).check();
  await expect(warning).toBeVisible();
  await shoot('settings-vat-needs-number');
  await page.getByRole('button', { name: 'Enregistrer' }).last().click();
  await expect(page.getByText('Enregistré')).toBeVisible();

  await page.getByLabel('N° de TVA intracommunautaire').fill('FR11123456782');
  await page.getByRole('button', { name: 'Enregistrer' }).first().click();
  await expect(warning).toBeHidden();
  const vat = JSON.parse(readySpace.query<{ value: string }>("SELECT value FROM settings WHERE section = 'vat'")[0]?.value ?? '{}');
  expect(vat.regime).toBe('assujetti');
});
